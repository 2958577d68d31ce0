import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signInAndWaitForHome } from "./helpers";

const KEY_SHAPE = /^tp_[0-9a-f]{32}_([0-9a-f]{8})_[A-Za-z0-9_-]{43}$/;

test("a director creates an API key, sees it once, and revokes it", async ({ page, context }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const director = demoLogin("director");
  await signInAndWaitForHome(page, director.email, director.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys", exact: true }).click();
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the API reference" })).toHaveAttribute("href", "/api/v1/docs");
  await attachScreenshot(page, testInfo, "api-keys-empty");

  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key name").fill("Survey tool");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByText("Choose at least one scope")).toBeVisible();
  await dialog.getByRole("checkbox", { name: "feedback:write" }).check();
  await attachScreenshot(page, testInfo, "api-key-form");
  await dialog.getByRole("button", { name: "Create key" }).click();

  const keyField = dialog.getByLabel("Your new API key");
  await expect(keyField).toHaveValue(KEY_SHAPE);
  const key = await keyField.inputValue();
  const prefix = KEY_SHAPE.exec(key)![1]!;
  await expect(dialog.getByText("Copy it now: it will not be shown again.")).toBeVisible();
  await dialog.getByRole("button", { name: "Copy" }).click();
  await expect(dialog.getByText("Key copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await attachScreenshot(page, testInfo, "api-key-created");
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toHaveCount(0);

  // After a reload only the prefix is left: the key itself is gone for good.
  await page.reload();
  const row = page.getByRole("row", { name: /Survey tool/ });
  await expect(row.getByText(`tp_…${prefix}…`)).toBeVisible();
  await expect(row.getByText("feedback:write")).toBeVisible();
  await expect(row.getByText("never")).toBeVisible();
  await expect(row.getByText("Active")).toBeVisible();
  expect(await page.content()).not.toContain(key.slice(-43));
  await attachScreenshot(page, testInfo, "api-keys-list");

  await row.getByRole("button", { name: "Revoke Survey tool" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByRole("heading", { name: "Revoke Survey tool?" })).toBeVisible();
  await confirm.getByRole("button", { name: "Revoke key" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(row.getByText("Revoked")).toBeVisible();
  await expect(row.getByRole("button", { name: "Revoke Survey tool" })).toHaveCount(0);
  await attachScreenshot(page, testInfo, "api-key-revoked");
});

test("a team lead has no API keys link and is turned away from the page", async ({ page }) => {
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, lead.email, lead.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" })).toHaveCount(0);
  await page.goto("/settings/api-keys");
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await expect(page.getByText("You don't have access to that page.")).toBeVisible();
});
