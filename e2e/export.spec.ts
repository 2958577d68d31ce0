import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import Papa from "papaparse";
import { attachScreenshot, createFeedbackKey, demoLogin, signIn } from "./helpers";

/** Clicks "Export CSV" (a button, or a link to a file the server streams) and returns the downloaded file, checked for its BOM and parsed. */
async function exportCsv(page: Page, scope: Locator = page.locator("main"), role: "button" | "link" = "button"): Promise<{ download: Download; records: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), scope.getByRole(role, { name: "Export CSV" }).click()]);
  const bytes = await readFile((await download.path())!);
  // The UTF-8 byte order mark, without which Excel reads the file as ANSI.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString("utf8"), { delimiter: ",", newline: "\r\n" });
  expect(parsed.errors).toEqual([]);
  return { download, records: parsed.data };
}

/** The text of each body row's cells, as a person reads the table. */
async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((cell) => (cell.textContent ?? "").trim())));
}

async function signInAsDirector(page: Page) {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
}

test("a director exports the people table and gets the rows the table shows", async ({ page }, testInfo) => {
  await signInAsDirector(page);
  await page.goto("/people");
  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Grace Nolan/ })).toBeVisible();
  await attachScreenshot(page, testInfo, "people-export-button");

  const { download, records } = await exportCsv(page);
  expect(download.suggestedFilename()).toMatch(/^people \d{4}-\d{2}-\d{2}\.csv$/);
  const [headers, ...rows] = records;
  expect(headers).toEqual(["Name", "Email", "Role", "Teams", "Status"]);

  // Same people in the same order; the Teams cell also shows "lead" badges, so compare team names.
  const shown = await tableRows(table);
  expect(rows).toHaveLength(shown.length);
  rows.forEach((row, index) => {
    const cells = shown[index]!;
    expect([row[0], row[1], row[2], row[4]]).toEqual([cells[0], cells[1], cells[2], cells[4]]);
    for (const team of row[3] ? row[3].split(", ") : []) expect(cells[3]).toContain(team);
  });

  // The export follows the filter on screen.
  await page.getByLabel("Filter people").fill("Grace");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  const filtered = await exportCsv(page);
  expect(filtered.records.slice(1).map((row) => row[0])).toEqual(["Grace Nolan"]);
});

test("a director exports the responses of one touch point, every page of them", async ({ page }, testInfo) => {
  await signInAsDirector(page);
  await page.goto("/journeys");
  await page.getByRole("link", { name: "Fly with us" }).click();
  const apiId = async (name: string) => (await page.getByLabel(`API id of ${name}`).textContent())!.trim();
  const legRoom = await apiId("Leg room");
  const seatComfort = await apiId("Seat comfort");
  const key = await createFeedbackKey(page);

  // More responses than one export request fetches (100), with comments a spreadsheet could
  // misread, and a few at another touch point that the filter must leave out.
  const run = Date.now();
  const tricky = [`Legroom "fine", seat 12C, run ${run}`, `=HYPERLINK("http://evil.example") run ${run}`, `line one\nline two run ${run}`];
  const items = [
    ...Array.from({ length: 130 }, (_, index) => ({
      touchPointId: legRoom,
      channel: "app",
      customerRef: `PNR-${index}`,
      rating: (index % 5) + 1,
      comment: tricky[index % 3] ?? null,
      occurredAt: new Date(run - index * 60_000).toISOString(),
      idempotencyKey: `export-${run}-${index}`,
    })),
    ...Array.from({ length: 5 }, (_, index) => ({
      touchPointId: seatComfort,
      channel: "app",
      rating: 4,
      occurredAt: new Date(run - index * 60_000).toISOString(),
      idempotencyKey: `export-${run}-seat-${index}`,
    })),
  ];
  const stored = await page.request.post("/api/v1/feedback/batch", { headers: { Authorization: `Bearer ${key}` }, data: { items } });
  expect(stored.ok()).toBe(true);

  await page.goto("/responses");
  await page.getByLabel("Touch point", { exact: true }).selectOption({ label: "Leg room (Fly with us)" });
  await expect(page).toHaveURL(/touchPoint=/);
  // The previous list stays on screen while the filtered one loads: wait for the filtered one.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  await expect.poll(async () => new Set((await tableRows(page.getByRole("table"))).map((cells) => cells[1]))).toEqual(new Set(["Leg room"]));
  const pager = page.getByRole("navigation", { name: "Response pages" });
  await expect(pager).toContainText(/· [\d,]+ responses/);
  const total = Number((await pager.textContent())!.match(/· ([\d,]+) responses/)![1]!.replaceAll(",", ""));
  expect(total).toBeGreaterThanOrEqual(130);
  await expect(page.getByText(`Downloads all ${total.toLocaleString("en-GB")} responses that match the filters, not only this page, with their sentiment scores.`)).toBeVisible();
  await attachScreenshot(page, testInfo, "responses-export-button");

  const { download, records } = await exportCsv(page, page.locator("main"), "link");
  expect(download.suggestedFilename()).toMatch(/^responses \d{4}-\d{2}-\d{2}\.csv$/);
  const [headers, ...rows] = records;
  const column = (name: string) => headers!.indexOf(name);
  // Every matching response, not only the page on screen, and none of another touch point.
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((row) => row[column("Touch point")]))).toEqual(new Set(["Leg room"]));
  expect(new Set(rows.map((row) => row[column("Customer")])).size).toBeGreaterThanOrEqual(130);
  for (const row of rows) expect(row[column("When (UTC)")]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

  // Each comment's sentiment as a number between -1 and 1 beside its label.
  const scored = rows.filter((row) => row[column("Sentiment")] !== "");
  expect(scored.length).toBeGreaterThan(0);
  const scores = scored.map((row) => Number(row[column("Sentiment score (-1 to 1)")]));
  for (const score of scores) expect(Math.abs(score)).toBeLessThanOrEqual(1);
  expect(scores.some((score) => score !== 0)).toBe(true);

  // Quotes, commas and line breaks come back as they were; a formula comes back as text.
  const comments = new Set(rows.map((row) => row[column("Comment")]));
  expect(comments).toContain(tricky[0]);
  expect(comments).toContain(tricky[2]);
  expect(comments).toContain(`'${tricky[1]}`);
  expect(comments).not.toContain(tricky[1]);

  // The first rows are the first page on screen, newest first.
  const firstPage = await tableRows(page.getByRole("table"));
  const customerCell = (await page.getByRole("columnheader").allTextContents()).indexOf("Customer");
  expect(rows.slice(0, firstPage.length).map((row) => row[column("Customer")])).toEqual(firstPage.map((cells) => cells[customerCell]));
});

test("a director exports the audit log", async ({ page }) => {
  await signInAsDirector(page);
  await page.goto("/audit");
  const pager = page.getByRole("navigation", { name: "Audit log pages" });
  await expect(pager).toContainText(/entr(y|ies)/);
  const total = Number((await pager.textContent())!.match(/· ([\d,]+) entr/)![1]!.replaceAll(",", ""));

  const { records } = await exportCsv(page);
  const [headers, ...rows] = records;
  expect(headers).toEqual(["Time (UTC)", "Who", "Action", "Entity type", "Entity id", "Changes"]);
  expect(rows).toHaveLength(total);
});
