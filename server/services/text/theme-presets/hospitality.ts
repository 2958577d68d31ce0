import "server-only";
import type { Theme } from "../themes";

/*
 * Hospitality: hotels, resorts, restaurants and stays. Terms are matched on Porter stems
 * (server/services/text/themes.ts); "friendly" and "helpful" stem to common words, so they are
 * written as phrases. No labelled set exists in ../shared/datasets for hospitality;
 * bench/theme-presets.ts says so (docs/benchmarks.md).
 */
export const HOSPITALITY_THEMES: Theme[] = [
  {
    name: "room",
    terms: [
      "room", "suite", "bed", "bedroom", "pillow", "mattress", "balcony", "spacious", "small room", "cramped",
      "air conditioning", "aircon", "air con", "heating", "furniture", "decor", "upgrade", "upgraded",
    ],
  },
  {
    name: "cleanliness",
    terms: [
      "clean", "dirty", "filthy", "smell", "smelly", "stain", "dust", "dusty", "hygiene", "mould", "mold",
      "hair", "bed bugs", "bedbugs", "cockroach", "spotless", "housekeeping", "tidy",
    ],
  },
  {
    name: "bathroom",
    terms: ["bathroom", "shower", "toilet", "bath", "towel", "hot water", "sink", "toiletries", "water pressure", "en suite", "ensuite"],
  },
  {
    name: "noise and sleep",
    terms: [
      "noise", "noisy", "loud", "quiet", "thin walls", "sleep", "couldn't sleep", "traffic", "music", "party",
      "construction", "soundproof", "earplugs",
    ],
  },
  {
    name: "food and drink",
    terms: [
      "food", "breakfast", "dinner", "lunch", "meal", "restaurant", "menu", "buffet", "bar", "drink", "coffee",
      "wine", "cocktail", "dish", "chef", "room service", "tasty", "delicious", "bland",
    ],
  },
  {
    name: "check-in and check-out",
    terms: [
      "check in", "check-in", "checkin", "check out", "check-out", "checkout", "front desk", "key card", "room key",
      "early check", "late check", "arrival", "room wasn't ready", "room was not ready",
    ],
  },
  {
    name: "staff and service",
    terms: [
      "staff", "reception", "receptionist", "concierge", "waiter", "waitress", "server", "manager", "rude", "polite",
      "very friendly", "so friendly", "very helpful", "so helpful", "attentive", "welcoming", "service",
      "hospitality",
    ],
  },
  {
    name: "location",
    terms: [
      "location", "located", "close to", "walking distance", "walk", "beach", "city centre", "city center",
      "downtown", "station", "public transport", "neighborhood", "neighbourhood", "area", "view",
    ],
  },
  {
    name: "price and value",
    terms: [
      "price", "expensive", "overpriced", "cheap", "value", "value for money", "worth", "rate", "resort fee",
      "charge", "fee", "deposit", "bill", "hidden fees", "afford", "affordable",
    ],
  },
  {
    name: "booking and reservations",
    terms: [
      "book", "booking", "reservation", "reserve", "expedia", "cancel", "cancellation", "overbooked",
      "wrong room", "confirmation", "booked room",
    ],
  },
  {
    name: "facilities",
    terms: [
      "pool", "gym", "spa", "sauna", "parking", "car park", "elevator", "lift", "wifi", "wi-fi", "internet",
      "lobby", "garden", "fitness centre", "fitness center", "business centre", "facilities", "amenities",
    ],
  },
  {
    name: "maintenance",
    terms: [
      "broken", "not working", "didn't work", "did not work", "out of order", "repair", "maintenance", "leak",
      "leaking", "worn", "worn out", "dated", "outdated", "renovation", "refurbished", "needs updating",
    ],
  },
];
