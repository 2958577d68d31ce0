/*
 * The starting theme taxonomies measured on real labelled text (issue 14).
 *
 *   npx tsx --conditions=react-server bench/theme-presets.ts           print the figures as markdown
 *   npx tsx --conditions=react-server bench/theme-presets.ts --write   also replace the section in docs/benchmarks.md
 *   npx tsx --conditions=react-server bench/theme-presets.ts --train   banking figures on the tuning part (while editing terms)
 *
 * Banking: the CFPB complaints with a narrative, their Issue column mapped to the themes that
 * should fire (ISSUE_THEMES). The terms were tuned on 70% of them (seed 42) and are reported on
 * the other 30%. Airline: the labelled tweets' negativereason (bench/sentiment.ts, same split).
 * The other presets have no labelled set in ../shared/datasets: coverage only, on the closest file.
 */
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { seededSplit } from "../server/services/text/evaluation";
import { PRESET_THEMES } from "../server/services/text/theme-presets";
import { detectThemes, type Theme } from "../server/services/text/themes";
import { suggestThemes } from "../server/services/themes/suggest";
import { writeSection } from "./docs-section";
import { DATASETS_DIR, loadTweets, readCsv, SPLIT, themeFigures } from "../server/testing/datasets";

export type Complaint = { text: string; issue: string; product: string };

export function loadComplaints(dir = DATASETS_DIR): Complaint[] {
  return readCsv(path.join(dir, "consumer-complaints-sample.csv"))
    .map((row) => ({ text: (row["Consumer complaint narrative"] ?? "").trim(), issue: row.Issue ?? "", product: row.Product ?? "" }))
    .filter((complaint) => complaint.text !== "");
}

/*
 * The banking themes each Issue should fire. An issue is about its main subject only: a debt
 * collection complaint that mentions the credit report in passing is not a credit-report
 * complaint, so precision is a lower bound. Issues with no theme of their own ("Other") map to none.
 */
export const ISSUE_THEMES: Record<string, string[]> = {
  "Incorrect information on your report": ["credit reports and scores"],
  "Problem with a credit reporting company's investigation into an existing problem": ["credit reports and scores", "disputes and investigations"],
  "Problem with a company's investigation into an existing issue": ["disputes and investigations"],
  "Improper use of your report": ["credit reports and scores", "privacy and personal data"],
  "Unable to get your credit report or credit score": ["credit reports and scores"],
  "Problem with fraud alerts or security freezes": ["credit reports and scores", "fraud and identity theft"],
  "Credit monitoring or identity theft protection services": ["fraud and identity theft"],
  "Identity theft protection or other monitoring services": ["fraud and identity theft"],
  "Attempts to collect debt not owed": ["debt collection"],
  "Cont'd attempts collect debt not owed": ["debt collection"],
  "Written notification about debt": ["debt collection", "letters and notices"],
  "Took or threatened to take negative or legal action": ["debt collection"],
  "Communication tactics": ["debt collection", "customer service"],
  "False statements or representation": ["debt collection"],
  "Taking/threatening an illegal action": ["debt collection"],
  "Threatened to contact someone or share information improperly": ["debt collection", "privacy and personal data"],
  "Disclosure verification of debt": ["debt collection"],
  "Improper contact or sharing of info": ["debt collection", "privacy and personal data"],
  "Struggling to pay mortgage": ["mortgages"],
  "Dealing with your lender or servicer": ["loans"],
  "Closing on a mortgage": ["mortgages"],
  "Applying for a mortgage or refinancing an existing mortgage": ["mortgages"],
  "Settlement process and costs": ["mortgages"],
  "Struggling to pay your loan": ["loans"],
  "Struggling to repay your loan": ["loans"],
  "Managing the loan or lease": ["loans"],
  "Getting the loan": ["loans"],
  "Getting a loan or lease": ["loans"],
  "Problems at the end of the loan or lease": ["loans"],
  "Shopping for a loan or lease": ["loans"],
  "Was approved for a loan, but didn't receive money": ["loans"],
  "Problem with the payoff process at the end of the loan": ["loans"],
  "Payoff process": ["loans"],
  "Fees or interest": ["fees and interest"],
  "Charged fees or interest you didn't expect": ["fees and interest"],
  "Charged fees or interest I didn't expect": ["fees and interest"],
  "Unexpected or other fees": ["fees and interest"],
  "Problem caused by your funds being low": ["fees and interest"],
  "Problem with a lender or other company charging your account": ["payments and transfers"],
  "Fraud or scam": ["fraud and identity theft"],
  "Unauthorized transactions or other transaction problem": ["fraud and identity theft", "payments and transfers"],
  "Lost or stolen money order": ["fraud and identity theft"],
  "Trouble using your card": ["cards"],
  "Getting a credit card": ["cards"],
  "Problem with a purchase shown on your statement": ["cards"],
  "Trouble during payment process": ["payments and transfers"],
  "Problem when making payments": ["payments and transfers"],
  "Money was not available when promised": ["payments and transfers"],
  "Problem with a purchase or transfer": ["payments and transfers"],
  "Other transaction problem": ["payments and transfers"],
  "Managing an account": ["account opening and closing"],
  "Closing an account": ["account opening and closing"],
  "Closing your account": ["account opening and closing"],
  "Opening an account": ["account opening and closing"],
  "Account opening, closing, or management": ["account opening and closing"],
  "Managing, opening, or closing your mobile wallet account": ["online and mobile banking"],
  "Advertising and marketing, including promotional offers": ["marketing and terms"],
  "Confusing or missing disclosures": ["marketing and terms"],
  "Other features, terms, or problems": ["marketing and terms"],
  "Problem with customer service": ["customer service"],
  "Struggling to pay your bill": ["payments and transfers"],
};

export type PresetFigure = { theme: string; relevant: number; flagged: number; truePositives: number; precision: number; recall: number };

/** Per theme of `taxonomy`: precision and recall against the themes the complaints' issues map to. */
export function issueFigures(complaints: Complaint[], taxonomy: Theme[]): PresetFigure[] {
  const detected = complaints.map((complaint) => new Set(detectThemes(complaint.text, taxonomy)));
  return taxonomy.map(({ name }) => {
    let relevant = 0;
    let flagged = 0;
    let truePositives = 0;
    complaints.forEach((complaint, i) => {
      const should = (ISSUE_THEMES[complaint.issue] ?? []).includes(name);
      const did = detected[i]!.has(name);
      if (should) relevant++;
      if (did) flagged++;
      if (should && did) truePositives++;
    });
    return {
      theme: name,
      relevant,
      flagged,
      truePositives,
      precision: flagged === 0 ? 0 : truePositives / flagged,
      recall: relevant === 0 ? 0 : truePositives / relevant,
    };
  });
}

/** Micro averages pool every theme's counts; macro averages the themes that have labelled complaints. */
export function averages(figures: PresetFigure[]) {
  const labelled = figures.filter((figure) => figure.relevant > 0);
  const sum = (pick: (figure: PresetFigure) => number) => labelled.reduce((total, figure) => total + pick(figure), 0);
  const microP = sum((f) => f.truePositives) / Math.max(1, sum((f) => f.flagged));
  const microR = sum((f) => f.truePositives) / Math.max(1, sum((f) => f.relevant));
  const macroP = sum((f) => f.precision) / Math.max(1, labelled.length);
  const macroR = sum((f) => f.recall) / Math.max(1, labelled.length);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  return { microP, microR, microF1: f1(microP, microR), macroP, macroR, macroF1: f1(macroP, macroR), themes: labelled.length };
}

export function coverage(texts: string[], taxonomy: Theme[]): number {
  if (texts.length === 0) return 0;
  return texts.filter((text) => detectThemes(text, taxonomy).length > 0).length / texts.length;
}

const fixed = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const int = (x: number) => x.toLocaleString("en-GB");

function main() {
  const args = process.argv.slice(2);
  const complaints = loadComplaints();
  const { train, heldOut } = seededSplit(complaints, SPLIT);
  const banking = PRESET_THEMES.banking;
  const measured = args.includes("--train") ? train : heldOut;
  const figures = issueFigures(measured, banking);
  const avg = averages(figures);

  const tweets = loadTweets();
  const { heldOut: tweetsHeldOut } = seededSplit(tweets, SPLIT);
  const airline = themeFigures(tweetsHeldOut, (text) => detectThemes(text, PRESET_THEMES.airline));
  const airlineTotals = airline.filter((figure) => !figure.reason.includes("+"));

  const reviews = readCsv(path.join(DATASETS_DIR, "british-airways-reviews.csv"))
    .map((row) => (row.ReviewBody ?? "").trim())
    .filter((text) => text !== "");
  const tweetTexts = tweets.map((tweet) => tweet.text);
  const complaintTexts = complaints.map((complaint) => complaint.text);

  // How long "Suggest themes" computes on a sample the size the page reads (3,000), long reviews
  // against 2,000 tweets as background: the part of the answer that is not the database read.
  const sample = reviews.slice(0, 3000).map((text, i) => ({ id: String(i), text }));
  const background = tweetTexts.slice(0, 2000).map((text, i) => ({ id: `b${i}`, text }));
  const started = performance.now();
  const candidates = suggestThemes(sample, [], { background });
  const suggestMs = performance.now() - started;
  const startedShort = performance.now();
  suggestThemes(tweetTexts.slice(0, 3000).map((text, i) => ({ id: String(i), text })), PRESET_THEMES.airline);
  const suggestShortMs = performance.now() - startedShort;

  const lines = [
    "## Theme taxonomies (issue 14)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(", ")} (\`uptime\`), by \`bench/theme-presets.ts\` (\`npm run bench -- presets\`). Each preset is a list in \`server/services/text/theme-presets/\`; detection is \`detectThemes\` (stems, whole words, phrases in order).`,
    "",
    `### Banking and insurance: CFPB complaints (${args.includes("--train") ? "TUNING part" : "held out"})`,
    "",
    `The ${int(complaints.length)} complaints of \`consumer-complaints-sample.csv\` with a narrative, split by seed 42: the terms were tuned on the 70% (${int(train.length)}), the figures below are on the other 30% (${int(heldOut.length)}), never looked at while tuning. Each value of the Issue column is mapped to the theme(s) that should fire (\`ISSUE_THEMES\` in the bench; e.g. "Incorrect information on your report" -> credit reports and scores; "Attempts to collect debt not owed" -> debt collection). Precision = share of the complaints where the theme fired whose issue maps to it; recall = share of the complaints whose issue maps to it where it fired. A complaint has one Issue but names many things (a debt collection complaint mentions the credit report it hurt), so precision is a lower bound.`,
    "",
    "| theme | complaints with the issue | fired | precision | recall |",
    "|---|---:|---:|---:|---:|",
    ...figures.map((f) => `| ${f.theme} | ${int(f.relevant)} | ${int(f.flagged)} | ${f.relevant ? fixed(f.precision) : "n/a"} | ${f.relevant ? fixed(f.recall) : "n/a"} |`),
    "",
    `Micro average (${avg.themes} themes with labelled complaints): precision ${fixed(avg.microP)}, recall ${fixed(avg.microR)}, F1 ${fixed(avg.microF1)}. Macro average: precision ${fixed(avg.macroP)}, recall ${fixed(avg.macroR)}, F1 ${fixed(avg.macroF1)}. Themes with no held-out complaint mapped to them (${figures.filter((f) => f.relevant === 0).map((f) => f.theme).join(", ")}) show n/a: the CFPB file has no insurance complaints and one mobile-wallet complaint. A mortgage servicer issue ("Dealing with your lender or servicer") is mapped to loans, so mortgages' precision is understated.`,
    "",
    "### Airline: labelled tweets (held out)",
    "",
    `The airline preset is the taxonomy that was the default (its section above, \"Themes\", measures it in full). On the ${int(tweetsHeldOut.length)} held-out tweets, per negativereason:`,
    "",
    "| reason | themes | tweets | precision | recall |",
    "|---|---|---:|---:|---:|",
    ...airlineTotals.map((f) => `| ${f.reason} | ${f.themes.join(", ")} | ${int(f.n)} | ${fixed(f.precision)} | ${fixed(f.recall)} |`),
    "",
    "### The other presets: no labelled set; coverage",
    "",
    "`../shared/datasets` holds no labelled retail, telecom, hospitality or public-services text, and no clothing or e-commerce review file (the clothing reviews of the issue are not among the shared files), so these presets have no precision or recall here. Coverage = share of comments given at least one theme; a taxonomy of the wrong industry still covers some comments (\"price\", \"staff\"), which is why coverage alone proves little:",
    "",
    "| preset | complaints (banking text) | BA reviews (airline text) | tweets (airline text) |",
    "|---|---:|---:|---:|",
    ...(Object.keys(PRESET_THEMES) as (keyof typeof PRESET_THEMES)[])
      .filter((preset) => preset !== "none")
      .map(
        (preset) =>
          `| ${preset} | ${pct(coverage(complaintTexts, PRESET_THEMES[preset]))} | ${pct(coverage(reviews, PRESET_THEMES[preset]))} | ${pct(coverage(tweetTexts, PRESET_THEMES[preset]))} |`,
      ),
    "",
    "### Suggest themes: compute time",
    "",
    `\`suggestThemes\` (server/services/themes/suggest.ts) on the 3,000 first BA reviews (long texts) against 2,000 tweets as background: ${Math.round(suggestMs)} ms, ${candidates.length} candidates (first five: ${candidates.slice(0, 5).map((c) => `"${c.name}" ${int(c.comments)}`).join(", ")}). On 3,000 tweets with the airline preset excluded: ${Math.round(suggestShortMs)} ms. The page reads at most 3,000 newest comments (and 2,000 of the other journeys), whatever the organisation's size, so the answer time does not grow with its history; the database read of those rows is an index range read on (org_id, occurred_at, id).`,
    "",
  ];
  const section = lines.join("\n");
  console.log(section);
  if (args.includes("--write")) writeSection("## Theme taxonomies (issue 14)", section);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
