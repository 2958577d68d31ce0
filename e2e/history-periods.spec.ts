import { expect, test, type Locator, type Page } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

/** The cells of each body row of a chart's text alternative (the visually hidden table). */
async function chartRows(chart: Locator): Promise<string[][]> {
  return chart
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
}

const today = () => new Date().toISOString().slice(0, 10);
const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
const daysAgo = (day: string) => Math.round((Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
const monthYear = (day: string) => new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));

const kpiTrend = (page: Page, each: string) => page.getByRole("region", { name: `Online booking: Online booking rating, ${each}` });

test("a director reads years of history: a twenty-year period kept whole and drawn by quarter, All time from the first answer, by month on request", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  const picker = page.getByRole("group", { name: "Period" });

  // A custom period from 2006: the picker keeps all of it, says how long it is, and the trend
  // goes quarter by quarter, one point per quarter from Q1 2006 to this one.
  await picker.getByText("Custom", { exact: true }).click();
  await expect(page).toHaveURL(/period=custom/);
  await page.getByLabel("From").fill("2006-01-01");
  await expect(page).toHaveURL(/from=2006-01-01/);
  expect(new URL(page.url()).searchParams.get("to")).toBe(today());
  await expect(page.getByLabel("From")).toHaveValue("2006-01-01");
  const years = Number(today().slice(0, 4)) - 2006;
  await expect(page.getByTestId("period-length")).toHaveText(new RegExp(`^\\s*\\((${years - 1}|${years}) years`));
  const quarters = (Number(today().slice(0, 4)) - 2006) * 4 + quarterOf(today());
  const quarterly = kpiTrend(page, "quarter by quarter");
  await expect(quarterly.getByText(`${quarters} quarters to Q${quarterOf(today())} ${today().slice(0, 4)}`, { exact: true })).toBeVisible();
  const rows = await chartRows(quarterly);
  expect(rows).toHaveLength(quarters);
  expect(rows[0]![0]).toBe("Q1 2006");
  expect(rows.at(-1)![0]).toBe(`Q${quarterOf(today())} ${today().slice(0, 4)}`);
  // The demo's answers are all of the last 120 days: the old quarters hold none, the last ones do.
  expect(rows[0]![3]).toBe("0");
  expect(rows.slice(-2).some((cells) => Number(cells[3]!.replaceAll(",", "")) > 0)).toBe(true);
  await expect(page.getByRole("region", { name: "Sentiment, quarter by quarter" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Themes, quarter by quarter" })).toBeVisible();
  await attachScreenshot(page, testInfo, "director-home-since-2006");

  // Daily points over twenty years are too many: a link asking for them shows quarters and says why.
  await page.goto(`/?period=custom&from=2006-01-01&to=${today()}&grain=day`);
  await expect(page.getByRole("status").filter({ hasText: /By day this period would be [\d,]+ points, more than the 400 a chart can show: shown by quarter\./ })).toBeVisible();
  await expect(kpiTrend(page, "quarter by quarter")).toBeVisible();

  // All time: from the organisation's first answer to today, written into the link.
  await page.goto("/");
  await picker.getByText("All time", { exact: true }).click();
  await expect(page).toHaveURL(/period=all&from=\d{4}-\d{2}-\d{2}/);
  const first = new URL(page.url()).searchParams.get("from")!;
  expect(daysAgo(first)).toBeGreaterThan(90);
  expect(daysAgo(first)).toBeLessThanOrEqual(121);
  await expect(page.getByText("All time", { exact: true }).last()).toBeVisible();
  // About four months: week by week, one point per week since the first answer.
  const weekly = kpiTrend(page, "week by week");
  await expect(weekly.getByText(/^\d+ weeks to \d{1,2} [A-Z][a-z]{2}$/)).toBeVisible();
  expect((await chartRows(weekly)).length).toBeGreaterThanOrEqual(17);

  // By month on request: twelve months (a year is the least a monthly trend shows), in the link.
  await page.getByLabel("Trends").selectOption({ label: "By month" });
  await expect(page).toHaveURL(/grain=month/);
  const monthly = kpiTrend(page, "month by month");
  await expect(monthly.getByText(`12 months to ${monthYear(today())} (wider than the period: a trend needs 12 months)`, { exact: true })).toBeVisible();
  const months = await chartRows(monthly);
  expect(months).toHaveLength(12);
  expect(months.at(-1)![0]).toBe(new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date()));
  await attachScreenshot(page, testInfo, "director-home-all-time-by-month");

  // A touch point keeps the period and the grain: its history is month by month too.
  await page.getByRole("link", { name: /^Online booking,/ }).first().click();
  await expect(page).toHaveURL(/\/touch-points\/[0-9a-f-]{36}\?.*period=all.*grain=month/);
  await expect(page.getByRole("region", { name: "Online booking rating, month by month" })).toBeVisible();
  await attachScreenshot(page, testInfo, "touch-point-all-time-by-month");
});
