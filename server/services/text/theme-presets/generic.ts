import "server-only";
import type { Theme } from "../themes";

/*
 * For any service: what customers of a shop, a clinic, a council or a repair firm all talk about.
 * Terms are matched on Porter stems (server/services/text/themes.ts), so "wait" also finds waited
 * and waiting; words whose stem is a common word ("helpful" -> "help", "friendly" -> "friend")
 * are written as phrases. No labelled set exists for a generic service; bench/theme-presets.ts
 * reports the share of real comments it tags (docs/benchmarks.md).
 */
export const GENERIC_THEMES: Theme[] = [
  {
    name: "staff attitude",
    terms: [
      "rude", "attitude", "unfriendly", "unhelpful", "impolite", "polite", "courteous", "arrogant", "dismissive",
      "condescending", "disrespectful", "respectful", "very helpful", "so helpful", "really helpful", "friendly staff",
      "very friendly", "so friendly", "staff", "employee", "manager", "receptionist", "caring", "uncaring",
    ],
  },
  {
    name: "staff knowledge",
    terms: [
      "knowledgeable", "knowledge", "clueless", "incompetent", "incompetence", "competent", "no idea", "didn't know",
      "did not know", "untrained", "poorly trained", "well trained", "inexperienced", "misinformed", "wrong information",
      "unprofessional", "professional", "expert", "expertise",
    ],
  },
  {
    name: "waiting times",
    terms: [
      "wait", "queue", "queuing", "queueing", "in line", "long line", "took forever", "taking forever", "took ages",
      "delay", "slow", "on hold", "hold time", "late", "on time", "punctual", "prompt", "quick", "quickly", "waiting list",
    ],
  },
  {
    name: "price and value",
    terms: [
      "price", "pricing", "expensive", "overpriced", "cheap", "cost", "value for money", "good value", "poor value",
      "worth", "afford", "affordable", "rip off", "ripoff", "discount", "deal", "bargain",
    ],
  },
  {
    name: "quality",
    terms: [
      "quality", "poor quality", "high quality", "standard", "defect", "defective", "faulty", "flaw", "reliable",
      "unreliable", "well made", "badly made", "poorly made", "doesn't work", "didn't work", "stopped working",
      "not working", "broken", "broke",
    ],
  },
  {
    name: "communication",
    terms: [
      "communicate", "communication", "inform", "information", "update", "notify", "notification", "email",
      "e-mail", "phone", "call", "answer", "respond", "response", "reply", "hung up", "contact", "get through",
      "message", "explain", "explanation", "nobody told", "no one told", "heard back", "hear back", "call back", "letter",
    ],
  },
  {
    name: "billing and payments",
    terms: [
      "bill", "billing", "invoice", "payment", "direct debit", "overcharge", "charged twice", "double charged",
      "receipt", "card payment", "fee", "charge",
    ],
  },
  {
    name: "refunds and complaints",
    terms: [
      "refund", "money back", "compensation", "compensate", "complaint", "complain", "claim", "voucher", "reimburse",
      "reimbursement", "escalate", "resolve", "resolution", "sort it out", "sorted out",
    ],
  },
  {
    name: "booking and appointments",
    terms: [
      "book", "booking", "appointment", "reservation", "reserve", "schedule", "reschedule", "cancel", "cancellation",
      "availability", "no availability", "fully booked",
    ],
  },
  {
    name: "website and app",
    terms: [
      "website", "web site", "site", "app", "online", "login", "log in", "password", "portal", "error message",
      "crash", "glitch", "mobile app", "my account",
    ],
  },
  {
    name: "cleanliness",
    terms: [
      "clean", "dirty", "filthy", "smell", "smelly", "stink", "stain", "hygiene", "unhygienic", "messy", "toilet",
      "bathroom", "restroom", "dust", "dusty", "tidy", "untidy",
    ],
  },
  {
    name: "location and access",
    terms: [
      "parking", "car park", "location", "located", "access", "accessible", "accessibility", "wheelchair",
      "directions", "signage", "hard to find", "entrance", "public transport", "convenient", "inconvenient",
      "opening hours",
    ],
  },
  {
    name: "ease and process",
    terms: [
      "easy", "simple", "straightforward", "hassle", "hassle free", "complicated", "confusing", "process",
      "paperwork", "form", "bureaucracy", "red tape", "smooth", "seamless",
    ],
  },
];
