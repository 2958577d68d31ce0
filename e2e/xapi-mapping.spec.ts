import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { checkPage } from "./accessibility-checks";
import { attachScreenshot, demoLogin, signInAndWaitForHome } from "./helpers";

const VERB = "http://adlnet.gov/expapi/verbs/";

const statement = (email: string, course: string, verb: string) => ({
  id: randomUUID(),
  actor: { objectType: "Agent", name: "Learner", mbox: `mailto:${email}` },
  verb: { id: `${VERB}${verb}`, display: { "en-US": verb } },
  object: { objectType: "Activity", id: course, definition: { name: { "en-US": "Calm under pressure" }, type: "http://adlnet.gov/expapi/activities/course" } },
  result: { score: { scaled: 0.86 }, success: verb !== "failed", completion: true, duration: "PT25M" },
  timestamp: new Date().toISOString(),
});

test("statements an LMS sends with a new training:write key wait on the director's LMS page", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  const ethan = demoLogin("frontline");
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, director.email, director.password);

  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key name").fill("SCORM Cloud");
  await dialog.getByRole("checkbox", { name: "training:write" }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  const key = await dialog.getByLabel("Your new API key").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  const course = `https://lms.skyward.example/courses/${randomUUID()}`;
  const stranger = `new.crew-${Date.now()}@skyward.example`;
  const batch = [statement(ethan.email, course, "completed"), statement(lead.email, course, "passed"), statement(stranger, course, "completed")];
  const headers = { Authorization: `Bearer ${key}`, "X-Experience-API-Version": "1.0.3" };
  const sent = await page.request.post("/api/v1/xapi/statements", { headers, data: batch });
  expect(sent.status()).toBe(200);
  expect(sent.headers()["x-experience-api-version"]).toBe("1.0.3");
  expect(await sent.json()).toEqual(batch.map((s) => s.id));
  // A replay is accepted and stores nothing new; without the version header it is refused.
  expect((await page.request.post("/api/v1/xapi/statements", { headers, data: batch })).status()).toBe(200);
  expect((await page.request.post("/api/v1/xapi/statements", { headers: { Authorization: `Bearer ${key}` }, data: batch })).status()).toBe(400);

  await page.goto("/training/lms");
  await expect(page.getByRole("heading", { name: "LMS statements", level: 1 })).toBeVisible();
  const row = page.getByRole("table", { name: "Statements waiting for their course" }).getByRole("row").filter({ hasText: course });
  await expect(row).toContainText("Calm under pressure");
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(row.getByRole("cell").nth(2)).toHaveText("3");
  await attachScreenshot(page, testInfo, "lms-statements");
  await page.setViewportSize({ width: 1400, height: 900 });
  await checkPage(page, "/training/lms", "director /training/lms");
  await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(page, "/training/lms", "director /training/lms", { axe: false });
  await attachScreenshot(page, testInfo, "lms-statements-phone");

  // The director maps the course to the module it is: the two people who exist get their records,
  // the stranger's statement waits for its person.
  await page.setViewportSize({ width: 1400, height: 900 });
  await row.getByLabel(/^Module for /).selectOption({ label: "Calm under pressure" });
  await row.getByRole("button", { name: /^Map / }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mapped to Calm under pressure" })).toHaveText(
    "Mapped to Calm under pressure: 2 of 3 statements became training records; 1 now waits for their person.",
  );
  await expect(page.getByRole("table", { name: "Statements waiting for their course" }).getByRole("row").filter({ hasText: course })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Statements waiting for their person" })).toContainText(stranger);
  await attachScreenshot(page, testInfo, "lms-statements-mapped");
});
