import "server-only";
import type { Theme } from "../themes";

/*
 * Banking and insurance: current and savings accounts, cards, loans and mortgages, credit
 * reports, debt collection, insurance claims. Terms are matched on Porter stems
 * (server/services/text/themes.ts). Tuned on 70% of the CFPB complaints with a narrative in
 * ../shared/datasets (its Issue column mapped to these themes in bench/theme-presets.ts) and
 * measured on the other 30% (docs/benchmarks.md). Words that sound right but fired on most
 * complaints there are left out or written as phrases: "account", "report", "pay" and "debt"
 * alone appear in nearly every complaint whatever it is about; "check" is mostly the verb; "claim"
 * mostly "they claim I owe". Identity theft stays with fraud although the CFPB files most of it
 * under credit reporting: a director reading "identity theft" expects it there.
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
      "fee", "interest rate", "interest charge", "interest charged", "charged interest", "apr", "overdraft", "late fee", "annual fee", "monthly fee", "maintenance fee", "penalty", "finance charge", "nsf", "insufficient funds",
    ],
  },
  {
    name: "fraud and identity theft",
    terms: [
      "fraud", "fraudulent", "fraudulently", "scam", "scammer", "scammed", "identity theft", "identity thief", "stolen identity", "stole my identity", "unauthorized", "unauthorised", "didn't authorize", "did not authorize", "never authorized", "phishing", "hacked", "stolen", "impersonate", "security freeze", "fraud alert",
    ],
  },
  {
    name: "cards",
    terms: [
      "credit card", "debit card", "card", "card declined", "card was declined", "new card", "replacement card", "credit limit", "cash back", "rewards", "merchant", "chargeback",
    ],
  },
  {
    name: "payments and transfers",
    terms: [
      "made a payment", "made the payment", "made payments", "my payment", "payment was", "payment processing", "payment went", "automatic payment", "autopay", "auto pay", "direct debit", "money transfer", "wire transfer", "bank transfer", "transfer money", "transferred money", "transfer funds", "wire", "zelle", "remittance", "cheque", "bill pay", "misapplied", "paypal", "venmo", "cash app",
    ],
  },
  {
    name: "mortgages",
    terms: [
      "mortgage", "home loan", "escrow", "foreclosure", "foreclose", "refinance", "loan modification", "modification", "forbearance", "closing costs", "appraisal", "heloc", "home equity", "underwriting", "underwriter", "property",
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
      "checking account", "savings account", "bank account", "open an account", "opened an account", "open a new account", "opened a new account", "opening an account", "close my account", "closed my account", "closing my account", "account closed", "account was closed", "closed the account", "account frozen", "froze my account", "frozen", "minimum balance", "branch",
    ],
  },
  {
    name: "online and mobile banking",
    terms: [
      "online banking", "mobile banking", "online account", "app", "website", "login", "log in", "password", "mobile app", "locked out", "portal", "mobile wallet", "two factor", "verification code",
    ],
  },
  {
    name: "customer service",
    terms: [
      "customer service", "representative", "rep", "agent", "on hold", "hung up", "call center", "call centre", "supervisor", "rude", "unhelpful", "no response", "never responded",
    ],
  },
  {
    name: "letters and notices",
    terms: [
      "letter", "notification", "mail", "mailed", "written notice", "in writing", "no notice", "never received", "never notified",
    ],
  },
  {
    name: "insurance claims",
    terms: [
      "insurance claim", "claim denied", "denied my claim", "denied claim", "insurance company", "insurance policy", "policyholder", "insurance premium", "adjuster", "deductible", "payout",
    ],
  },
  {
    name: "marketing and terms",
    terms: [
      "advertising", "advertised", "advertisement", "marketing", "promotion", "promotional", "promo", "promotional offer", "bonus", "sign up bonus", "misleading", "mislead", "bait and switch", "disclosure", "disclose", "terms and conditions", "fine print",
    ],
  },
  {
    name: "privacy and personal data",
    terms: [
      "privacy", "without my consent", "without my permission", "without permission", "permissible purpose", "shared my information", "data breach", "consent",
    ],
  },
];
