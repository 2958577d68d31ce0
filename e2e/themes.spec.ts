import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome } from "./helpers";

test("a director adds a theme, tries a comment with it, and resets to the defaults", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Themes", level: 1 })).toBeVisible();
  await expect(page.getByText("You are using the default taxonomy; your first change makes it yours")).toBeVisible();
  await expect(page.getByRole("row", { name: /^baggage/ })).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-defaults");

  await page.getByRole("button", { name: "Add theme" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Theme name").fill("Lounge");
  await dialog.getByLabel("Words and phrases").fill("lounge\n!!!");
  await dialog.getByRole("button", { name: "Add theme" }).click();
  await expect(dialog.getByText('"!!!" has no words to match')).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-form-error");
  await dialog.getByLabel("Words and phrases").fill("lounge");
  await dialog.getByRole("button", { name: "Add theme" }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByText("You are using the default taxonomy")).toHaveCount(0);
  const row = page.getByRole("row", { name: /^Lounge/ });
  await expect(row.getByRole("list", { name: "Words and phrases of Lounge" }).getByText("lounge", { exact: true })).toBeVisible();

  await page.getByLabel("Comment").fill("The lounge was packed");
  await page.getByRole("button", { name: "Try", exact: true }).click();
  const found = page.getByRole("definition").filter({ has: page.getByRole("list") });
  await expect(found.getByText("Lounge", { exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-tried");

  await page.getByRole("button", { name: "Reset to defaults" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByRole("heading", { name: "Reset to the default taxonomy?" })).toBeVisible();
  await confirm.getByRole("button", { name: "Reset to defaults" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText("You are using the default taxonomy; your first change makes it yours")).toBeVisible();
  await expect(page.getByRole("row", { name: /^Lounge/ })).toHaveCount(0);
});

test("a team lead has no Themes link and is turned away from the page", async ({ page }) => {
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, lead.email, lead.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes" })).toHaveCount(0);
  await page.goto("/settings/themes");
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await expect(page.getByText("You don't have access to that page.")).toBeVisible();
});
