import { expect, test } from "@playwright/test";
import { checkPage } from "./accessibility-checks";
import { attachScreenshot, demoLogin, mainNav, signInAndWaitForHome } from "./helpers";

test("a lead records a coaching session that the person confirms, and the lead sees it confirmed", async ({ browser }, testInfo) => {
  const lead = demoLogin("team_lead");
  const ethan = demoLogin("frontline");
  const stamp = Date.now();
  const notes = `Talked through the welcome at the door ${stamp}`;
  const actions = `Greet every passenger by name at boarding ${stamp}`;

  const leadPage = await (await browser.newContext()).newPage();
  await signInAndWaitForHome(leadPage, lead.email, lead.password);
  await mainNav(leadPage).getByRole("link", { name: "Coaching", exact: true }).click();
  await expect(leadPage.getByRole("heading", { name: "Coaching", level: 1 })).toBeVisible();
  const form = leadPage.getByRole("form", { name: "Record a session" });
  await form.getByLabel("Person").selectOption({ label: ethan.name });
  await form.getByRole("checkbox", { name: "Cabin cleanliness" }).check();
  await form.getByLabel("Notes").fill(notes);
  await form.getByLabel("Agreed actions").fill(actions);
  await form.getByRole("button", { name: "Record session" }).click();
  await expect(form.getByRole("status")).toHaveText("Session recorded. The person is asked to confirm it.");
  const teamTable = leadPage.getByRole("table", { name: "Coaching sessions of your team" });
  const leadRow = teamTable.getByRole("row").filter({ hasText: actions });
  await expect(leadRow).toContainText(ethan.name);
  await expect(leadRow).toContainText("Awaiting confirmation");
  await attachScreenshot(leadPage, testInfo, "coaching-lead");

  // Until Ethan confirms it, the lead can still correct it.
  await leadRow.getByRole("button", { name: /^Edit the session/ }).click();
  const dialog = leadPage.getByRole("dialog");
  await expect(dialog.getByLabel("Notes")).toHaveValue(notes);
  await dialog.getByLabel("Notes").fill(`${notes}, and the call bell`);
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();

  const ethanPage = await (await browser.newContext()).newPage();
  await signInAndWaitForHome(ethanPage, ethan.email, ethan.password);
  const toConfirm = ethanPage.getByRole("list", { name: "Coaching sessions to confirm" });
  const session = toConfirm.getByRole("listitem").filter({ hasText: notes });
  await expect(session).toContainText(`with ${lead.name}`);
  await expect(session).toContainText("About Cabin cleanliness");
  await expect(session).toContainText(`${notes}, and the call bell`);
  await attachScreenshot(ethanPage, testInfo, "coaching-frontline-home");
  await session.getByRole("button", { name: /^Confirm the session/ }).click();
  await expect(toConfirm.getByRole("listitem").filter({ hasText: notes })).toHaveCount(0);
  await mainNav(ethanPage).getByRole("link", { name: "Coaching", exact: true }).click();
  await expect(ethanPage.getByRole("listitem").filter({ hasText: notes })).toContainText("Confirmed");

  await leadPage.reload();
  await expect(leadRow).toContainText("Confirmed");
  await attachScreenshot(leadPage, testInfo, "coaching-lead-confirmed");

  // The pages of this journey pass axe and do not scroll sideways, on a desktop and on a phone.
  await leadPage.setViewportSize({ width: 1400, height: 900 });
  await checkPage(leadPage, "/coaching", "lead /coaching");
  await checkPage(ethanPage, "/coaching", "frontline /coaching");
  await checkPage(ethanPage, "/", "frontline home");
  for (const page of [leadPage, ethanPage]) await page.setViewportSize({ width: 390, height: 844 });
  await checkPage(leadPage, "/coaching", "lead /coaching", { axe: false });
  await checkPage(ethanPage, "/", "frontline home", { axe: false });
  await attachScreenshot(leadPage, testInfo, "coaching-lead-phone");
});
