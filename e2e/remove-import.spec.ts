import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { describeViolations, seriousViolations } from "./accessibility-checks";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

/** A heat-map cell's accessible name: "Check-in, 4.12, n = 1,234, On target; Check-in rating". */
const FIGURE = /, (\d\.\d\d), n = ([\d,]+), .+; .+ rating/;

async function checkInFigure(page: Page) {
  await page.goto("/");
  const cell = page.getByRole("region", { name: /^Journey health: Fly with us/ }).getByRole("link", { name: /^Check-in,/ });
  await expect(cell).toHaveAttribute("aria-label", FIGURE, { timeout: 30_000 });
  const match = FIGURE.exec((await cell.getAttribute("aria-label")) ?? "")!;
  return { value: match[1]!, n: Number(match[2]!.replaceAll(",", "")) };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function csvFile(name: string, lines: string[]) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "remove-import-e2e-")), name);
  await writeFile(file, [...lines, ""].join("\r\n"));
  return file;
}

async function importFile(page: Page, file: string, stored: number) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import feedback" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles(file);
  await expect(page.getByRole("combobox", { name: "Role of column Rating" })).toHaveValue("rating");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByLabel(`Stored: ${stored}`)).toBeVisible();
}

const runRow = (page: Page, fileName: string): Locator =>
  page.getByRole("table", { name: "Recent imports" }).getByRole("row").filter({ has: page.getByRole("cell", { name: fileName, exact: true }) });

test("a director imports a file, sees the dashboard change, removes the import and gets the figures from before it back", async ({ page }, testInfo) => {
  test.slow();
  const run = Date.now().toString(36);
  const fileName = `wrong-check-in-${run}.csv`;
  const rows = Array.from({ length: 12 }, (_, i) => `Check-in,${daysAgo(2 + (i % 3))},1,Queue ${i} ${run}`);
  const file = await csvFile(fileName, ["Touch point,Date,Rating,Comment", ...rows]);

  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  const before = await checkInFigure(page);

  await importFile(page, file, rows.length);
  const during = await checkInFigure(page);
  expect(during.n).toBe(before.n + rows.length);
  expect(Number(during.value)).toBeLessThan(Number(before.value));

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true }).click();
  const row = runRow(page, fileName);
  await row.getByRole("button", { name: `Remove the import ${fileName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Remove the import ${fileName}?` });
  await expect(dialog.getByText("cannot be undone")).toBeVisible();
  await expect(dialog.getByRole("definition").first()).toHaveText(String(rows.length));
  await expect(dialog.getByRole("listitem").filter({ hasText: "Check-in" })).toContainText(String(rows.length));
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  await attachScreenshot(page, testInfo, "remove-import-preview");

  await dialog.getByRole("button", { name: `Remove ${rows.length} responses` }).click();
  await expect(dialog.getByText(`Removed ${rows.length} responses.`)).toBeVisible();
  await expect(dialog.getByRole("progressbar", { name: "Removal progress" })).toHaveAttribute("aria-valuenow", "100");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(row.getByText(new RegExp(`^Removed on .+ by ${director.name} \\(${rows.length} responses\\)$`))).toBeVisible();
  await expect(row.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await attachScreenshot(page, testInfo, "remove-import-done");

  expect(await checkInFigure(page)).toEqual(before);
});

test("a director removes one response at a customer's request", async ({ page }) => {
  test.slow();
  const run = Date.now().toString(36);
  const comment = `Please forget me ${run}`;
  const file = await csvFile(`one-response-${run}.csv`, ["Touch point,Date,Rating,Comment", `Check-in,${daysAgo(1)},4,${comment}`]);
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await importFile(page, file, 1);

  await page.goto(`/responses?q=${encodeURIComponent(run)}`);
  const found = page.getByRole("row").filter({ hasText: comment });
  await expect(found).toHaveCount(1);
  await found.getByRole("button", { name: /^Remove the response at Check-in on / }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this response?" });
  await expect(dialog.getByText("This cannot be undone.")).toBeVisible();
  await dialog.getByRole("button", { name: "Remove response" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: "No responses match these filters" })).toBeVisible();
});

test("a team lead sees no way to remove a response", async ({ page }) => {
  const lead = demoLogin("team_lead");
  await signIn(page, lead.email, lead.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.goto("/responses");
  await expect(page.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remove the response/ })).toHaveCount(0);
});
