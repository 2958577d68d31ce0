import { readFile } from "node:fs/promises";
import { expect, test, type Locator } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, watchCspViolations } from "./helpers";

/** The first eight bytes of every PNG file. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The cells of each body row of a chart's text alternative (the visually hidden table). */
async function chartRows(chart: Locator): Promise<string[][]> {
  return chart
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
}

const count = (text: string) => Number(text.replaceAll(",", ""));

/** What a weekly chart of the default 30 days says it covers: the 13 weeks to today (UTC), more than the period. */
const thirteenWeeks = () => {
  const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date());
  return `13 weeks to ${today} (wider than the period: a trend needs 13 weeks)`;
};

test("a director follows a KPI week by week, reads sentiment and themes with example comments, and exports a chart as PNG", async ({ page }, testInfo) => {
  const cspViolations = watchCspViolations(page);
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });

  // On the default period, the last 30 days, the trends still show 13 weeks, and say so. About 29
  // answers a week per touch point on the demo data, around the minimum of 30: some weeks reach it
  // and some do not.
  const trend = page.getByRole("region", { name: "Online booking: Online booking rating, week by week" });
  await expect(trend.getByRole("table")).toBeAttached();
  await expect(trend.getByText(thirteenWeeks(), { exact: true })).toBeVisible();
  const weeks = await chartRows(trend);
  expect(weeks).toHaveLength(13);
  // Every week has its n; a week with a figure has at least 30 answers, one without says so.
  const withFigure = weeks.filter((cells) => /^\d\.\d\d$/.test(cells[1]!));
  expect(withFigure.length, "some weeks reach the minimum sample").toBeGreaterThan(0);
  for (const cells of withFigure) expect(count(cells[3]!)).toBeGreaterThanOrEqual(30);
  for (const cells of weeks.filter((c) => !withFigure.includes(c))) expect(cells[1]).toMatch(/^Not enough data \(n = [\d,]+ of 30 needed\)$/);
  // The n is written under each week on the chart itself, and the target line is in the legend.
  await expect(trend.locator("svg tspan", { hasText: /^n = \d/ }).first()).toBeVisible();
  await expect(trend.getByRole("list", { name: "Legend" }).getByText(/Target \d\.\d\d/)).toBeVisible();

  // Another touch point is a link of its own; the back button returns to the first.
  await trend.getByLabel("Touch point", { exact: true }).selectOption({ label: "Check-in (moment of truth)" });
  await expect(page).toHaveURL(/trend=[0-9a-f-]{36}/);
  await expect(page.getByRole("region", { name: "Check-in: Check-in rating, week by week" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Online booking: Online booking rating, week by week" })).toBeVisible();

  // PNG export of the chart: a real PNG, not an empty file.
  const chart = page.getByRole("region", { name: "Online booking: Online booking rating, week by week" });
  const [download] = await Promise.all([page.waitForEvent("download"), chart.getByRole("button", { name: "Export PNG" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.length).toBeGreaterThan(10_000);
  // Charts (style attributes), client navigation and the PNG export (a data: image) under the nonce policy: nothing blocked.
  expect(cspViolations).toEqual([]);

  // Sentiment across the journey: the period's shares with n, and each of the 13 weeks with its n,
  // which add up to more comments than the period's 30 days hold.
  const sentiment = page.getByRole("region", { name: "Sentiment, week by week" });
  await expect(sentiment.getByText(thirteenWeeks(), { exact: true })).toBeVisible();
  const periodComments = count((await sentiment.getByText(/Over the period: \d+% positive, \d+% negative \(n = [\d,]+ comments\)/).innerText()).match(/n = ([\d,]+)/)![1]!);
  const moods = await chartRows(sentiment);
  expect(moods).toHaveLength(13);
  const total = moods.reduce((sum, cells) => sum + count(cells[4]!), 0);
  expect(total).toBeGreaterThan(periodComments);

  // The top themes week by week, one line each, with the week's comments as n: the same 13 weeks.
  const themeTrend = page.getByRole("region", { name: "Themes, week by week" });
  await expect(themeTrend.getByText(thirteenWeeks(), { exact: true })).toBeVisible();
  await expect(themeTrend.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveCount(5);
  const themeWeeks = await chartRows(themeTrend);
  expect(themeWeeks).toHaveLength(13);
  expect(themeWeeks.some((cells) => cells.slice(1, -1).some((mentions) => count(mentions) > 0))).toBe(true);

  // A longer period is its own trend: 90 days touch 13 or 14 weeks, whatever the weekday.
  await page.getByRole("group", { name: "Period" }).getByText("90 days", { exact: true }).click();
  await expect(page).toHaveURL(/period=90d/);
  await expect(trend.getByText(/^1[34] weeks to /)).toBeVisible();
  expect((await chartRows(trend)).length).toBeGreaterThanOrEqual(13);

  // Example comments: distinct down the page, praise and negative ones marked, entities decoded.
  const themes = page.getByRole("region", { name: "Themes", exact: true });
  const examples = (await themes.locator("tbody li").allTextContents()).map((text) => text.trim().replace(/^(Praise|Negative)\s*/, ""));
  expect(examples.length).toBeGreaterThanOrEqual(8);
  expect(new Set(examples).size).toBe(examples.length);
  // Which examples are the newest depends on the day the demo was seeded; most are complaints, so
  // a negative mark is always among them and praise only sometimes.
  await expect(themes.getByText("Negative", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/&(amp|lt|gt|quot|#39);/)).toHaveCount(0);

  // The place of the card still to come says so, with no figures.
  const slot = page.getByRole("region", { name: "Voice of the front line" });
  await expect(slot.getByText("Not available yet")).toBeVisible();
  expect(await slot.innerText()).not.toMatch(/\d/);
  // Training pay-off is a real card now (e2e/training-impact.spec.ts reads it).
  await expect(page.getByRole("region", { name: "Training pay-off" }).getByText("Is training paying off?")).toBeVisible();
  await attachScreenshot(page, testInfo, "director-home-trends");
});
