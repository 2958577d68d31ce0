import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

test("a team lead imports a CSV with a bad line and downloads the rejects", async ({ page }, testInfo) => {
  const run = Date.now().toString(36);
  const dir = await mkdtemp(path.join(os.tmpdir(), "import-e2e-"));
  const file = path.join(dir, `cabin-survey-${run}.csv`);
  // Line 4 has one field too many; a comment with a line break makes line 5's record span lines 5-6.
  await writeFile(
    file,
    [
      "Touch point,Date,Rating,Comment",
      `Seat comfort,03/11/2026 09:15,4,Comfortable seat ${run}`,
      `On-board service,2026-11-04,5,Lovely crew ${run}`,
      `Food and drink,2026-11-04,2,Cold meal ${run},extra`,
      `In-flight service,05/11/2026,3,"Slow second round,`,
      `but friendly ${run}"`,
      `Cabin cleanliness,2026-11-06 18:40,5,Spotless ${run}`,
      "",
    ].join("\r\n"),
  );

  const login = demoLogin("team_lead");
  await signIn(page, login.email, login.password);
  // The first sign-in of a run can be slow (a cold server hashing with argon2 on a busy machine).
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Import feedback" })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles(file);
  await expect(page.getByRole("combobox", { name: "Role of column Touch point" })).toHaveValue("touchPoint");
  await expect(page.getByRole("combobox", { name: "Role of column Rating" })).toHaveValue("rating");
  await expect(page.getByText("Too many fields: 5 where the header has 4")).toBeVisible();
  // 03/11/2026 and 05/11/2026 read both ways: the import waits for the order.
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  await page.getByLabel("Dates such as 03/11/2026 are").selectOption("dmy");
  await attachScreenshot(page, testInfo, "import-mapping");

  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByLabel("Stored: 4")).toBeVisible();
  await expect(page.getByLabel("Rejected: 1")).toBeVisible();
  await expect(page.getByRole("table", { name: "Rejected rows" }).getByRole("cell", { name: "4", exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "import-result");

  const downloadEvent = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download rejected rows (CSV)" }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toBe(`cabin-survey-${run}-rejected.csv`);
  const text = await readFile(await download.path(), "utf8");
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(["line", "reason", "Touch point", "Date", "Rating", "Comment"]);
  expect(rows.slice(1)).toEqual([["4", "Too many fields: 5 where the header has 4", "Food and drink", "2026-11-04", "2", `Cold meal ${run}`, "extra"]]);

  await expect(page.getByRole("table", { name: "Recent imports" }).getByRole("cell", { name: `cabin-survey-${run}.csv`, exact: true })).toBeVisible();

  // The same file again stores nothing.
  await page.getByLabel("CSV file").setInputFiles(file);
  // The mapping of the first import was saved for files with these columns, date order included.
  await expect(page.getByText(/^Mapping saved from cabin-survey-/)).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByLabel("Stored: 0")).toBeVisible();
  await expect(page.getByLabel("Already imported: 4")).toBeVisible();
});
