import type { Theme } from "../themes";

/*
 * Banking and insurance: current and savings accounts, cards, loans and mortgages, credit
 * reports, debt collection, insurance claims. Terms are matched on Porter stems
 * (server/services/text/themes.ts). Tuned on 70% of the CFPB complaints with a narrative in
 * ../shared/datasets (its Issue column mapped to these themes in bench/theme-presets.ts) and
 * measured on the other 30% (docs/benchmarks.md). Words that sound right but fired on most
 * complaints there are left out or written as phrases: "account", "report", "pay" and "debt"
 * alone appear in nearly every complaint whatever it is about.
 */
export const BANKING_THEMES: Theme[] = [
  {
    name: "credit reports and scores",
    terms: [
      "credit report", "credit reports", "credit reporting", "credit score", "credit file", "credit history",
      "credit bureau", "credit bureaus", "consumer reporting agency", "reporting agency", "equifax", "experian",
      "transunion", "trans union", "inquiry", "inquiries", "hard inquiry", "hard pull", "tradeline", "fico",
      "my report", "inaccurate information", "incorrect information", "fair credit reporting act", "fcra",
    ],
  },
  {
    name: "disputes and investigations",
    terms: [
      "dispute", "investigate", "investigation", "reinvestigation", "reinvestigate", "verify", "verified",
      "verification", "frivolous", "still reporting", "results of the investigation",
    ],
  },
  {
    name: "debt collection",
    terms: [
      "debt collector", "debt collection", "collection agency", "collections agency", "collector", "collection",
      "collect", "validation", "validate", "debt validation", "cease and desist", "fdcpa",
      "fair debt collection", "harass", "harassment", "garnish", "garnishment", "lawsuit", "sue", "judgment",
      "not my debt", "don't owe", "do not owe",
    ],
  },
  {
    name: "fees and interest",
    terms: [
      "fee", "interest rate", "interest", "apr", "overdraft", "late fee", "annual fee", "monthly fee",
      "maintenance fee", "penalty", "finance charge", "nsf", "insufficient funds", "charged interest",
    ],
  },
  {
    name: "fraud and identity theft",
    terms: [
      "fraud", "fraudulent", "fraudulently", "scam", "scammer", "scammed", "identity theft", "identity thief",
      "stolen identity", "stole my identity", "unauthorized", "unauthorised", "didn't authorize", "did not authorize",
      "never authorized", "phishing", "hacked", "stolen", "impersonate", "security freeze", "fraud alert", "victim",
    ],
  },
  {
    name: "cards",
    terms: [
      "credit card", "debit card", "card", "card declined", "declined", "new card", "replacement card",
      "credit limit", "credit line", "cash back", "rewards", "purchase", "merchant", "chargeback",
    ],
  },
  {
    name: "payments and transfers",
    terms: [
      "payment", "autopay", "auto pay", "automatic payment", "direct debit", "transfer", "wire", "zelle",
      "money transfer", "remittance", "deposit", "check", "cheque", "bill pay", "posted", "misapplied",
      "payment was", "made a payment", "made the payment", "made payments", "paypal", "venmo", "cash app",
    ],
  },
  {
    name: "mortgages",
    terms: [
      "mortgage", "home loan", "escrow", "foreclosure", "foreclose", "refinance", "loan modification", "modification",
      "forbearance", "servicer", "closing costs", "appraisal", "heloc", "home equity", "underwriting", "underwriter",
      "property", "house", "home",
    ],
  },
  {
    name: "loans",
    terms: [
      "loan", "personal loan", "student loan", "car loan", "auto loan", "lease", "lender", "borrow", "payday",
      "repay", "repayment", "loan servicer", "navient", "income driven", "deferment", "title loan", "installment",
      "vehicle", "car", "repossess", "repossession",
    ],
  },
  {
    name: "account opening and closing",
    terms: [
      "checking account", "savings account", "bank account", "open an account", "opened an account",
      "open a new account", "opened a new account", "opening an account", "close my account", "closed my account",
      "closing my account", "account closed", "account was closed", "closed the account", "account frozen",
      "froze my account", "frozen", "minimum balance", "balance", "branch", "bank",
    ],
  },
  {
    name: "online and mobile banking",
    terms: [
      "online banking", "mobile banking", "app", "website", "online", "login", "log in", "password", "mobile app",
      "locked out", "portal", "mobile wallet", "two factor", "verification code",
    ],
  },
  {
    name: "customer service",
    terms: [
      "customer service", "representative", "rep", "agent", "on hold", "hung up", "call center", "call centre",
      "supervisor", "rude", "unhelpful", "no response", "never responded", "transferred", "phone", "called",
    ],
  },
  {
    name: "letters and notices",
    terms: [
      "letter", "notice", "notification", "notify", "mail", "mailed", "written notice", "in writing", "no notice",
      "never received", "never notified", "sent me",
    ],
  },
  {
    name: "insurance claims",
    terms: [
      "insurance", "insurer", "claim", "policy", "premium", "adjuster", "deductible", "coverage", "denied claim",
      "claim denied", "payout", "underwriting", "policyholder",
    ],
  },
  {
    name: "marketing and terms",
    terms: [
      "advertising", "advertised", "advertisement", "marketing", "promotion", "promotional", "promo", "offer",
      "bonus", "sign up bonus", "misleading", "mislead", "bait and switch", "disclosure", "disclose",
      "terms and conditions", "fine print", "agreement",
    ],
  },
  {
    name: "privacy and personal data",
    terms: [
      "privacy", "personal information", "without my consent", "without my permission", "without permission",
      "permissible purpose", "shared my information", "data breach", "breach", "social security number", "ssn",
      "consent",
    ],
  },
];
