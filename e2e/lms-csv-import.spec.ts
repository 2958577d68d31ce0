import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { attachScreenshot, demoLogin, mainNav, signInAndWaitForHome } from "./helpers";

test("a team lead imports an LMS export: in-progress rows are not results, unknown people and courses are rejected by line", async ({ page }, testInfo) => {
  const run = Date.now().toString(36);
  const ethan = demoLogin("frontline");
  const director = demoLogin("director");
  const dir = await mkdtemp(path.join(os.tmpdir(), "lms-e2e-"));
  const file = path.join(dir, `lms-export-${run}.csv`);
  await writeFile(
    file,
    [
      "User Email,Course ID,Completion Date,Completion Status,Score",
      `${ethan.email},NOT-A-COURSE-${run},03/11/2026,Completed,88`,
      `${ethan.email},NOT-A-COURSE-${run},,In Progress,`,
      `${director.email},NOT-A-COURSE-${run},2026-11-04,Passed,91`,
      "",
    ].join("\r\n"),
  );
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, lead.email, lead.password);
  await mainNav(page).getByRole("link", { name: "Import", exact: true }).click();
  const section = page.getByRole("region", { name: "Training records from your LMS" });
  await section.getByLabel("LMS export (CSV)").setInputFiles(file);
  await expect(section.getByLabel("Person's email")).toHaveValue("0");
  await expect(section.getByLabel("Course id or title")).toHaveValue("1");
  await expect(section.getByLabel("Completion date")).toHaveValue("2");
  await expect(section.getByLabel("Status")).toHaveValue("3");
  await expect(section.getByLabel("Score (optional)")).toHaveValue("4");
  await expect(section.getByRole("table", { name: "Preview of the first rows" }).getByRole("row").filter({ hasText: "In Progress" })).toContainText("Not a result yet");
  // 03/11/2026 reads both ways: the import waits for the order.
  await expect(section.getByRole("button", { name: "Import training records" })).toBeDisabled();
  await section.getByLabel("Dates like 03/04/2026 are").selectOption("dmy");
  await attachScreenshot(page, testInfo, "lms-csv-mapping");

  await section.getByRole("button", { name: "Import training records" }).click();
  await expect(section.getByLabel("Stored: 0")).toBeVisible();
  await expect(section.getByLabel("Not a result yet: 1")).toBeVisible();
  await expect(section.getByLabel("Rejected: 2")).toBeVisible();
  const rejects = section.getByRole("table", { name: "Rejected rows of the LMS file" });
  await expect(rejects.getByRole("row").filter({ hasText: /^2/ })).toContainText(`Course id or title: "NOT-A-COURSE-${run}" matches no module`);
  // The director is not a member of the lead's team: the lead cannot import for them.
  await expect(rejects.getByRole("row").filter({ hasText: /^4/ })).toContainText("Person's email: no active member of your teams has this address; Course id or title");
  await attachScreenshot(page, testInfo, "lms-csv-result");

  const downloadEvent = page.waitForEvent("download");
  await section.getByRole("button", { name: "Download the rejected rows (CSV)" }).click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toBe(`lms-export-${run}-rejected.csv`);
  const rows = Papa.parse<string[]>((await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(["line", "reason", "User Email", "Course ID", "Completion Date", "Completion Status", "Score"]);
  expect(rows.slice(1).map((r) => r[0])).toEqual(["2", "4"]);
});
