import "server-only";
import type { Theme } from "../themes";

/*
 * Public services: councils, agencies, benefits, licences, clinics run by the state. Terms are
 * matched on Porter stems (server/services/text/themes.ts). "Fine" alone would find "it's fine",
 * so penalties are written as phrases. No labelled set exists in ../shared/datasets for public
 * services; bench/theme-presets.ts says so (docs/benchmarks.md).
 */
export const PUBLIC_THEMES: Theme[] = [
  {
    name: "appointments",
    terms: [
      "appointment", "book an appointment", "booking", "slot", "reschedule", "cancel", "cancellation",
      "no appointments", "next available", "schedule",
    ],
  },
  {
    name: "waiting times",
    terms: [
      "wait", "queue", "queuing", "long line", "waiting list", "backlog", "delay", "slow", "took weeks",
      "took months", "weeks later", "months later", "on hold", "hold time",
    ],
  },
  {
    name: "forms and paperwork",
    terms: [
      "form", "paperwork", "application", "apply", "fill in", "fill out", "document", "documentation", "evidence",
      "proof", "certificate", "signature", "bureaucracy", "red tape", "paper form",
    ],
  },
  {
    name: "eligibility and decisions",
    terms: [
      "eligible", "eligibility", "entitled", "entitlement", "qualify", "decision", "denied", "refused", "rejected",
      "approved", "approval", "appeal", "reconsideration", "assessment", "criteria",
    ],
  },
  {
    name: "information and guidance",
    terms: [
      "information", "inform", "guidance", "advice", "explain", "explanation", "unclear", "confusing", "confused",
      "conflicting information", "wrong information", "leaflet", "instructions", "clear information",
    ],
  },
  {
    name: "staff attitude",
    terms: [
      "staff", "officer", "case worker", "caseworker", "advisor", "adviser", "clerk", "rude", "polite", "dismissive",
      "condescending", "very helpful", "so helpful", "very friendly", "respectful", "disrespectful", "treated me",
    ],
  },
  {
    name: "phone and contact",
    terms: [
      "phone", "call", "phone line", "helpline", "call centre", "call center", "on hold", "hung up", "get through",
      "email", "contact", "no response", "never heard back", "reply", "respond", "call back", "letter",
    ],
  },
  {
    name: "online services",
    terms: [
      "website", "web site", "online", "online form", "portal", "login", "log in", "password", "app",
      "error message", "crash", "digital",
    ],
  },
  {
    name: "fees and penalties",
    terms: [
      "fee", "fines", "parking fine", "penalty", "penalty charge", "charge", "payment", "refund", "tax",
      "council tax", "overpayment", "arrears",
    ],
  },
  {
    name: "benefits and support",
    terms: [
      "benefit", "allowance", "universal credit", "pension", "grant", "financial support", "housing",
      "housing benefit", "child benefit", "support",
    ],
  },
  {
    name: "accessibility",
    terms: [
      "accessible", "accessibility", "wheelchair", "disabled", "disability", "sign language", "interpreter",
      "translation", "hearing impaired", "visually impaired", "ramp", "step free", "large print",
    ],
  },
  {
    name: "offices and facilities",
    terms: [
      "office", "building", "waiting room", "parking", "clean", "dirty", "toilet", "seating", "opening hours",
      "closed", "location",
    ],
  },
  {
    name: "fairness and complaints",
    terms: [
      "complaint", "complain", "unfair", "unfairly", "discrimination", "discriminated", "ombudsman", "escalate",
      "formal complaint", "accountable", "accountability",
    ],
  },
];
