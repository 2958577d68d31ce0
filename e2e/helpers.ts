import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { DEMO_LOGINS } from "../db/seed/skyward-data";
import type { Role } from "../lib/domain/roles";

export const demoLogin = (role: Role) => {
  const login = DEMO_LOGINS.find((l) => l.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  return login;
};

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAndWaitForHome(page: Page, email: string, password: string) {
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
}

/**
 * Collects what the browser reports as blocked by the Content-Security-Policy ("Refused to ...
 * because it violates the following Content Security Policy directive"), from now on: a flow
 * that ends with none shows the policy lets the app's own scripts, styles and images through.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return violations;
}

/** Full-page screenshot kept with the test's output, for people to look at. */
export async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}@example.com`;

/** Creates a team from the Teams page, as a director does, and waits until it is listed. */
export async function addTeam(page: Page, name: string) {
  await page.getByRole("button", { name: "Create team" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Team name").fill(name);
  await dialog.getByRole("button", { name: "Create team" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(name).first()).toBeVisible();
}

export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
export const stageRegion = (page: Page, name: string) => page.getByRole("region", { name });
export const cardsIn = (section: Locator) => section.getByRole("listitem").getByRole("article");

/** Signs a new organisation up and waits for its director's home. */
/** Signs up a new organisation; `preset` is the label of its starting themes (the form's default otherwise). */
export async function signUpOrganisation(
  page: Page,
  { organisation, name, label, password, preset }: { organisation: string; name: string; label: string; password: string; preset?: string },
) {
  await page.goto("/sign-up");
  await page.getByLabel("Organisation name").fill(organisation);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(uniqueEmail(label));
  await page.getByLabel("Password").fill(password);
  if (preset) await page.getByLabel("Starting themes").selectOption({ label: preset });
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name}` })).toBeVisible();
}

/** Creates a journey from the Journeys page and opens its map. */
export async function createJourney(page: Page, name: string) {
  await mainNav(page).getByRole("link", { name: "Journeys", exact: true }).click();
  await page.getByRole("button", { name: "New journey" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Journey name").fill(name);
  await dialog.getByRole("button", { name: "Create journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export async function addStage(page: Page, name: string) {
  await page.getByRole("button", { name: "Add stage" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Stage name").fill(name);
  await dialog.getByRole("button", { name: /save|add stage/i }).click();
  await expect(stageRegion(page, name)).toBeVisible();
}

export async function addTouchPoint(page: Page, stageName: string, name: string, options: { team: string; momentOfTruth?: boolean }) {
  await page.getByRole("button", { name: `Add touch point to ${stageName}` }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Touch point name").fill(name);
  await dialog.getByLabel("Channel").selectOption("in_person");
  await dialog.getByLabel("Owner team").selectOption({ label: options.team });
  if (options.momentOfTruth) await dialog.getByLabel("Moment of truth").check();
  await dialog.getByLabel("Promise").fill(`At ${name} the customer is served within five minutes.`);
  await dialog.getByRole("button", { name: "Save touch point" }).click();
  await expect(dialog).toBeHidden();
  await expect(cardsIn(stageRegion(page, stageName)).filter({ hasText: name })).toBeVisible();
}

/** A feedback API key made through the UI, as a director would for another system. */
export async function createFeedbackKey(page: Page, name = `Test key ${Date.now()}`): Promise<string> {
  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key name").fill(name);
  await dialog.getByRole("checkbox", { name: "feedback:write" }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  const key = await dialog.getByLabel("Your new API key").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  return key;
}
