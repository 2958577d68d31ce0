import { expect, type Page, type TestInfo } from "@playwright/test";
import { DEMO_LOGINS } from "../db/seed/skyward-data";

export const demoLogin = (role: "director" | "team_lead" | "frontline") => {
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
