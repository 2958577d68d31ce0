import { readFile } from "node:fs/promises";
import { expect, test, type Locator } from "@playwright/test";
import Papa from "papaparse";
import { SKYWARD_TARGET_OVERRIDES } from "../db/seed/skyward-data";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

const KPI = "On-board service rating";
// The rest of Cabin Crew: Ethan Brooks must never see their figures.
const ETHANS_TEAMMATES = ["Grace Nolan", "Chloe Dubois", "Mateo Rossi", "Hannah Schmidt"];
const ETHANS_TARGET = SKYWARD_TARGET_OVERRIDES.find((o) => o.touchPoint === "On-board service" && o.personEmail === demoLogin("frontline").email)!.target;

async function signInAs(page: import("@playwright/test").Page, role: "team_lead" | "frontline") {
  const login = demoLogin(role);
  await signIn(page, login.email, login.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
}

/** Each body row as the person's name, and the KPI's figure (null for "not enough data") and n. */
async function kpiColumn(table: Locator, kpi: string) {
  return table.locator("tbody tr").evaluateAll((rows, name) => {
    return rows.map((row) => {
      const cell = row.querySelector(`[data-kpi-cell="${name}"]`);
      const text = cell?.textContent ?? "";
      const figure = text.match(/^([\d.]+)/);
      return {
        person: (row.querySelector("td")?.textContent ?? "").trim(),
        value: figure ? Number(figure[1]) : null,
        n: Number(text.match(/n = ([\d,]+)/)?.[1]?.replace(/,/g, "") ?? NaN),
      };
    });
  }, kpi);
}

/** The rows of a chart's text alternative: one per point. */
const chartRows = (chart: Locator) => chart.getByRole("table").locator("tbody tr");

test("a team lead sees her team against target, sorts by a KPI and exports the view", async ({ page }, testInfo) => {
  await signInAs(page, "team_lead");
  // On the default 30 days her team's trend still goes week by week over 13 weeks, and says so.
  const trend = page.getByRole("region", { name: /: trend$/ });
  await expect(trend.getByText(/^13 weeks to \d{1,2} [A-Z][a-z]{2} \(wider than the period/)).toBeVisible();
  await expect(chartRows(trend)).toHaveCount(13);
  // 1,500 survey rows over 120 days give each of the twelve crew about 25 answers a month per touch point: 90
  // days reaches the minimum sample of 30, 30 days mostly does not.
  await page.locator("label", { hasText: "90 days" }).click();
  await expect(page).toHaveURL(/period=90d/);
  const table = page.getByRole("table", { name: "Your team against target" });
  for (const name of ["Ethan Brooks", "Chloe Dubois", "Mateo Rossi", "Hannah Schmidt"]) {
    await expect(table.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  }
  // Real numbers: at least one person has a figure with its n for the KPI.
  await expect.poll(async () => (await kpiColumn(table, KPI)).filter((row) => row.value !== null).length).toBeGreaterThan(0);
  const shown = await kpiColumn(table, KPI);
  for (const row of shown) expect(row.n).toBeGreaterThanOrEqual(0);
  // Grace leads the team: she is not one of its frontline rows.
  expect(shown.map((row) => row.person)).not.toContain("Grace Nolan");

  const header = table.getByRole("columnheader", { name: KPI });
  await header.getByRole("button").click();
  await expect(header).not.toHaveAttribute("aria-sort", "none");
  const direction = await header.getAttribute("aria-sort");
  const sorted = await kpiColumn(table, KPI);
  const values = sorted.map((row) => row.value).filter((value): value is number => value !== null);
  expect(values).toEqual([...values].sort((a, b) => (direction === "ascending" ? a - b : b - a)));
  // "Not enough data" goes last whichever way the column is sorted.
  const firstMissing = sorted.findIndex((row) => row.value === null);
  if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((row) => row.value === null)).toBe(true);
  await expect(page.getByRole("heading", { name: "Needs help", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Improving", exact: true })).toBeVisible();
  await expect(page.locator("[data-chart]")).toHaveCount(1);
  await attachScreenshot(page, testInfo, "lead-home");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ",", newline: "\r\n" });
  expect(parsed.errors).toEqual([]);
  const [headers, ...records] = parsed.data;
  expect(headers?.[0]).toBe("Person");
  const valueAt = headers!.indexOf(KPI);
  const nAt = headers!.indexOf(`${KPI} n`);
  expect(valueAt).toBeGreaterThan(0);
  // Same rows in the same (sorted) order, with the same figures and n as on screen.
  expect(records.map((record) => record[0])).toEqual(sorted.map((row) => row.person));
  records.forEach((record, i) => {
    const value = record[valueAt] === "" ? null : Number(record[valueAt]);
    expect(value === null ? null : value.toFixed(2)).toBe(sorted[i]!.value === null ? null : sorted[i]!.value!.toFixed(2));
    expect(Number(record[nAt])).toBe(sorted[i]!.n);
  });
});

test("a frontline member sees his own figures with n and what customers said about him", async ({ page }, testInfo) => {
  await signInAs(page, "frontline");
  const targets = page.getByRole("list").filter({ has: page.getByRole("listitem", { name: KPI }) });
  const card = targets.getByRole("listitem", { name: KPI });
  await expect(card.getByText("This week", { exact: false })).toBeVisible();
  await expect(card.getByText("This month", { exact: false })).toBeVisible();
  // His own week or month rarely holds 30 answers on the demo data (1,500 survey rows over 120
  // days); the last 90 days do: a real figure with its n, against his target.
  const recent = card.locator("[data-kpi^='Last 90 days']");
  await expect(recent.getByText(/^\d\.\d\d$/)).toBeVisible();
  const n = Number((await recent.getByText(/^n = [\d,]+/).innerText()).match(/n = ([\d,]+)/)![1]!.replaceAll(",", ""));
  expect(n).toBeGreaterThanOrEqual(30);
  await expect(recent.getByText(`target ${ETHANS_TARGET.toFixed(2)}`)).toBeVisible();
  // His personal stretch target on On-board service.
  await expect(card.getByText("Against your own target")).toBeVisible();
  const figures = await targets.innerText();
  for (const name of ETHANS_TEAMMATES) expect(figures).not.toContain(name);

  const comments = page.getByRole("list", { name: "Comments about you, newest first" });
  await expect(comments.getByRole("listitem").first()).toBeVisible();
  const count = await comments.getByRole("listitem").count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  const days = await comments.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime") ?? ""));
  expect(days).toEqual([...days].sort().reverse());
  await expect(page.getByRole("link", { name: "See all responses about you" })).toHaveAttribute("href", "/responses");
  // His trend: week by week, or rolling 13 weeks when no single week has enough answers; either way with figures.
  const trend = page.getByRole("region", { name: /^My .+ rating: (week by week|rolling 13 weeks)$/ });
  await expect(trend.getByRole("table")).toBeAttached();
  await expect(trend.getByText(/^13 weeks to \d{1,2} [A-Z][a-z]{2}$/)).toBeVisible();
  await expect(chartRows(trend)).toHaveCount(13);
  const points = await trend.getByRole("table").locator("tbody tr td:nth-child(2)").allTextContents();
  expect(points.some((text) => /^\d\.\d\d$/.test(text))).toBe(true);
  // No customer reference anywhere on his home.
  await expect(page.getByText(/customer ref/i)).toHaveCount(0);
  await attachScreenshot(page, testInfo, "frontline-home");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a frontline member reads his targets and the comments about him without scrolling sideways", async ({ page }, testInfo) => {
    await signInAs(page, "frontline");
    const card = page.getByRole("listitem", { name: KPI });
    // The three periods stack: the month's figure sits below the week's, not beside it.
    const week = card.locator("[data-kpi^='This week']");
    const month = card.locator("[data-kpi^='This month']");
    const weekBox = (await week.boundingBox())!;
    const monthBox = (await month.boundingBox())!;
    expect(monthBox.y).toBeGreaterThanOrEqual(weekBox.y + weekBox.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("link", { name: "See all responses about you" }).click();
    await page.getByLabel("Comment", { exact: true }).selectOption("with");
    await expect(page).toHaveURL(/[?&]comment=with\b/);
    // Each response is a card as wide as the phone: when and where, the scores, then the comment across it.
    await expect(page.getByText("No comment", { exact: true })).toHaveCount(0);
    const cards = page.locator("tbody tr");
    await expect(cards.first()).toBeVisible();
    const first = await cards.first().innerText();
    expect(first).toMatch(/Rating \d\/5/);
    // The customer's words: the card's paragraph (when, where and the labels are small print).
    const said = (await cards.first().locator("p").first().innerText()).trim();
    expect(said.length, "the card shows the comment").toBeGreaterThan(0);
    expect(first).toContain(said);
    expect((await cards.first().boundingBox())!.width).toBeLessThanOrEqual(390);
    const comment = (await cards.first().locator("p").first().boundingBox())!;
    const when = (await cards.first().locator("time").boundingBox())!;
    expect(comment.y).toBeGreaterThan(when.y);
    // Who the customer was is never shown to frontline staff, and the staff member is always him.
    await expect(page.getByText(/^Customer\b/)).toHaveCount(0);
    for (const name of ETHANS_TEAMMATES) await expect(page.getByText(name)).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Correct/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await attachScreenshot(page, testInfo, "frontline-responses-phone");
  });
});
