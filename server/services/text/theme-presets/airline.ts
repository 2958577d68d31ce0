import "server-only";
import type { Theme } from "../themes";

/*
 * Terms are matched on Porter stems, so one form covers its inflections ("delay" finds delayed,
 * delays, delaying). Porter also strips some derivations, so a term whose stem is a common word
 * is written as a phrase or left out: "helpful" and "friendly" stem to "help" and "friend",
 * "trained" to "train". Terms were added and pruned looking only at the training part of the
 * labelled tweets; bench/sentiment.ts reports precision and recall on the held-out part
 * (docs/benchmarks.md). A word that mostly meant something else there is left out even when it
 * sounds right: "wait" and "hour" were as often about the phone as about a late flight, "line"
 * about the phone line, "crew" about waiting for a crew. Themes that overlap in the tweets' one
 * reason are kept apart where a director would act differently: flight delays and queues, baggage
 * and damaged baggage, staff attitude and cabin crew, booking and check-in.
 */
export const AIRLINE_THEMES: Theme[] = [
  {
    name: "flight delays",
    terms: [
      "delay", "late", "hour late", "hours late", "on time", "overdue", "tarmac", "departure", "take off", "takeoff",
      "missed connection", "missed my connection", "miss my connection", "misconnect", "connecting flight",
      "still sitting", "been sitting", "sat on", "sitting", "stuck", "mechanical", "maintenance",
    ],
  },
  {
    name: "queues",
    terms: [
      "queue", "queuing", "queueing", "in line", "long line", "line is", "line was", "lines are", "line at",
      "line for", "standing in", "long wait", "took forever", "taking forever", "takes forever",
    ],
  },
  {
    name: "staff attitude",
    terms: [
      "rude", "attitude", "unfriendly", "unhelpful", "impolite", "polite", "courteous", "discourteous",
      "arrogant", "dismissive", "condescending", "disrespectful", "yelled", "smile", "very helpful",
      "so helpful", "really helpful", "most helpful", "helpful staff", "friendly staff", "very friendly",
      "so friendly", "staff", "gate agent", "agent", "employee", "customer service rep",
    ],
  },
  {
    name: "cabin crew",
    terms: [
      "flight attendant", "attendant", "stewardess", "steward", "cabin crew", "crew member", "friendly crew",
      "purser", "flight crew",
    ],
  },
  {
    name: "staff knowledge",
    terms: [
      "knowledgeable", "knowledge", "clueless", "incompetent", "incompetence", "competent", "no idea",
      "didn't know", "did not know", "doesn't know", "don't know", "untrained", "poorly trained",
      "well trained", "inexperienced", "misinformed", "wrong information", "conflicting information",
      "unprofessional", "professional",
    ],
  },
  {
    name: "communication",
    terms: [
      "communicate", "communication", "inform", "information", "update", "notify", "notification",
      "announce", "announcement", "email", "e-mail", "phone", "call", "answer", "respond", "response",
      "reply", "hung up", "hang up", "contact", "get through", "got through", "message", "hold time", "explain",
      "explanation", "nobody told", "no one told", "told us", "heard back", "hear back", "on hold",
      "disconnected", "call back", "customer service", "reach", "dm",
    ],
  },
  {
    name: "price and value",
    terms: [
      "price", "pricing", "expensive", "overpriced", "cheap", "cost", "fare", "fee", "charge", "value",
      "value for money", "money", "pay", "paid", "worth", "afford", "affordable", "rip off", "ripoff",
    ],
  },
  {
    name: "cleanliness",
    terms: [
      "clean", "dirty", "filthy", "smell", "smelly", "stink", "stain", "hygiene", "unhygienic",
      "messy", "sticky", "crumbs", "cockroach", "toilet", "lavatory", "bathroom", "restroom",
    ],
  },
  {
    name: "baggage",
    terms: [
      "bag", "baggage", "luggage", "suitcase", "carry-on", "carry on", "checked bag", "baggage claim",
      "carousel", "belongings", "stroller", "car seat",
    ],
  },
  {
    name: "damaged baggage",
    terms: [
      "damage", "broke my", "you broke", "broken bag", "broken suitcase", "broken luggage", "broken handle",
      "broken wheel", "broken into", "ripped", "torn", "smashed", "destroyed", "crushed", "dented", "scratched",
      "soaked", "wet", "zipper", "repair", "baggage handler",
    ],
  },
  {
    name: "booking and tickets",
    terms: [
      "book", "booking", "rebook", "reservation", "reserve", "purchase", "ticket", "itinerary", "confirmation",
      "confirmation number", "website", "web site", "site", "app", "error message", "login", "log in", "password",
      "seat assignment",
    ],
  },
  {
    name: "comfort and space",
    terms: [
      "seat", "legroom", "leg room", "space", "cramped", "comfort", "comfortable", "uncomfortable",
      "recline", "narrow", "tight", "cold", "freezing", "hot", "heat", "heating", "temperature", "noise", "noisy",
      "loud", "blanket", "pillow", "middle seat", "lie flat", "flat bed", "armrest", "overhead bin",
    ],
  },
  {
    name: "food and drink",
    terms: [
      "food", "meal", "snack", "drink", "beverage", "coffee", "tea", "water", "wine", "beer", "breakfast",
      "lunch", "dinner", "menu", "catering", "peanuts", "pretzels", "cookies", "vegetarian", "hungry",
      "thirsty", "eat",
    ],
  },
  { name: "cancellations", terms: ["cancel", "cancellation", "called off"] },
  {
    name: "refunds and compensation",
    terms: [
      "refund", "compensation", "compensate", "voucher", "reimburse", "reimbursement", "credit",
      "money back", "travel credit", "claim", "goodwill",
    ],
  },
  {
    name: "entertainment and wifi",
    terms: [
      "wifi", "wi-fi", "wi fi", "internet", "entertainment", "inflight entertainment", "movie", "film",
      "tv", "television", "screen", "headphones", "earphones", "streaming", "music", "power outlet", "outlet",
      "charger", "usb",
    ],
  },
  {
    name: "check-in and boarding",
    terms: [
      "check in", "check-in", "checkin", "online check-in", "boarding pass", "kiosk", "bag drop", "boarding process",
      "boarding group", "boarding zone", "priority boarding", "pre-board", "preboard", "gate", "gate change",
      "jet bridge", "jetway", "deplane", "deplaning",
    ],
  },
  {
    name: "special assistance",
    terms: [
      "wheelchair", "disabled", "disability", "special assistance", "mobility", "blind", "deaf",
      "unaccompanied minor", "service dog", "medical",
    ],
  },
  {
    name: "loyalty and upgrades",
    terms: ["upgrade", "miles", "frequent flyer", "frequent flier", "loyalty", "elite", "status", "lounge", "rewards"],
  },
  {
    name: "safety",
    terms: ["safety", "safe", "unsafe", "dangerous", "emergency", "turbulence", "accident", "scary", "scared"],
  },
];
