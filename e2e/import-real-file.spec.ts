import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { attachScreenshot, uniqueEmail } from "./helpers";

const FILE = path.resolve(process.cwd(), "../shared/datasets/british-airways-reviews.csv");
const SUB_RATINGS = ["SeatComfort", "CabinStaffService", "GroundService", "ValueForMoney", "Food&Beverages", "InflightEntertainment", "Wifi&Connectivity"];

type Review = Record<string, string>;
const filled = (v: string | undefined) => (v ?? "").trim() !== "";
/** "0" and "N/A" are not applicable: no response. */
const applicable = (v: string | undefined) => filled(v) && !["0", "n/a"].includes(v!.trim().toLowerCase());

test("a new organisation imports the British Airways reviews on the guessed mapping and sees 1-10 ratings with scored comments", async ({ page }, testInfo) => {
  test.setTimeout(15 * 60_000);
  // The shared datasets sit beside the project, as in CI; without them this test cannot say anything.
  expect(existsSync(FILE), `${FILE} is missing: clone the project next to ../shared`).toBe(true);
  const reviews = Papa.parse<Review>(readFileSync(FILE, "utf8"), { header: true, skipEmptyLines: true }).data;
  // Counted without the import code: a response per review (its overall rating and text), and one per sub-rating given.
  const expected = reviews.filter((r) => filled(r.OverallRating) || filled(r.ReviewBody)).length + reviews.reduce((sum, r) => sum + SUB_RATINGS.filter((c) => applicable(r[c])).length, 0);
  const of2023 = reviews.filter((r) => /\b2023$/.test(r.Datetime!.trim()) && filled(r.OverallRating)).map((r) => Number(r.OverallRating));
  const mean2023 = (of2023.reduce((a, b) => a + b, 0) / of2023.length).toFixed(2);

  await page.goto("/sign-up");
  await page.getByLabel("Organisation name").fill("Speedbird Reviews");
  await page.getByLabel("Your name").fill("Rosa Whitfield");
  await page.getByLabel("Email").fill(uniqueEmail("rosa"));
  await page.getByLabel("Password").fill("Speedbird-reviews-on-time-7");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Rosa Whitfield" })).toBeVisible({ timeout: 30_000 });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import feedback" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles(FILE);

  // The guess, with its reasons: nothing below is changed by hand.
  const role = (column: string) => page.getByRole("combobox", { name: `Role of column ${column}`, exact: true });
  await expect(role("OverallRating")).toHaveValue("rating");
  await expect(page.getByRole("combobox", { name: "Scale of column OverallRating" })).toHaveValue("1-10");
  await expect(role("ReviewBody")).toHaveValue("comment");
  await expect(page.getByRole("row", { name: /ReviewBody/ }).getByText(/% of values are text over 60 characters/)).toBeVisible();
  await expect(role("Datetime")).toHaveValue("occurredAt");
  await expect(role("SeatComfort")).toHaveValue("tp:new:Seat comfort");
  await expect(page.getByRole("combobox", { name: "Scale of column SeatComfort" })).toHaveValue("1-5");
  await expect(page.getByLabel("Touch point of every row")).toHaveValue("new:Overall experience");
  await expect(page.getByLabel("Encoding")).toHaveValue("utf-8");
  await attachScreenshot(page, testInfo, "import-real-file-mapping");

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByLabel(`Stored: ${expected}`)).toBeVisible({ timeout: 12 * 60_000 });
  await expect(page.getByLabel("Rejected: 0")).toBeVisible();
  await attachScreenshot(page, testInfo, "import-real-file-result");

  // The overall touch point's dashboard for 2023: the mean of the 1-10 ratings, and the comments scored.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journeys", exact: true }).click();
  await page.getByRole("link", { name: "British airways reviews", exact: true }).click();
  await page.getByRole("link", { name: /Overall experience/ }).first().click();
  await expect(page).toHaveURL(/\/touch-points\/[0-9a-f-]{36}/);
  await page.goto(`${page.url().split("?")[0]}?period=custom&from=2023-01-01&to=2023-12-31`);
  const total = page.getByRole("region", { name: "Rating over the period" });
  await expect(total.getByText(mean2023, { exact: true })).toBeVisible({ timeout: 30_000 });
  await attachScreenshot(page, testInfo, "import-real-file-dashboard");

  await page.goto("/responses?from=2023-01-01&to=2023-12-31");
  const first = reviews.find((r) => /\b2023$/.test(r.Datetime!.trim()))!;
  await expect(page.getByText(first.ReviewBody!.trim().slice(0, 60)).first()).toBeVisible({ timeout: 30_000 });
  // Each comment scored: its sentiment label beside it.
  await expect(page.getByText(/^(positive|neutral|negative)$/).first()).toBeVisible();
});
