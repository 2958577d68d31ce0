import { expect, test } from "@playwright/test";
import { attachScreenshot, uniqueEmail, watchCspViolations } from "./helpers";

test("a new organisation signs up and its first director lands on an empty home", async ({ page }, testInfo) => {
  const cspViolations = watchCspViolations(page);
  await page.goto("/sign-up");
  await page.getByLabel("Organisation name").fill("Harbour Ferries");
  await page.getByLabel("Your name").fill("Ines Carvalho");
  await page.getByLabel("Email").fill(uniqueEmail("ines"));
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText(/too common or too easy to guess/)).toBeVisible();
  await attachScreenshot(page, testInfo, "sign-up-weak-password");

  await page.getByLabel("Password").fill("Ferry-tides-at-dawn-3");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Ines Carvalho" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText("Harbour Ferries").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Account: Ines Carvalho, Director" })).toBeVisible();
  // A new organisation has no journey yet: the home says what to do instead of showing empty charts.
  await expect(main.getByText("No active journey yet")).toBeVisible();
  await expect(main.getByRole("link", { name: "Open journeys" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teams", exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "home-new-director");
  // Sign-up, sign-in and home ran their scripts under the nonce policy: nothing was blocked.
  expect(cspViolations).toEqual([]);
});
