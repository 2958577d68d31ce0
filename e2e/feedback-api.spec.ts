import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signInAndWaitForHome } from "./helpers";

test("feedback sent with a director's new API key shows up in the responses list", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signInAndWaitForHome(page, director.email, director.password);

  // The journey map gives each touch point's id for other systems.
  await page.goto("/journeys");
  await page.getByRole("link", { name: "Fly with us" }).click();
  const touchPointId = (await page.getByLabel("API id of Seat comfort").textContent())!.trim();
  expect(touchPointId).toMatch(/^[0-9a-f-]{36}$/);

  await page.goto("/settings/api-keys");
  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key name").fill("Inflight tablet survey");
  await dialog.getByRole("checkbox", { name: "feedback:write" }).check();
  await dialog.getByRole("button", { name: "Create key" }).click();
  const key = await dialog.getByLabel("Your new API key").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();

  const comment = `Seat 14C would not recline, crew were lovely about it ${Date.now()}`;
  const response = await page.request.post("/api/v1/feedback", {
    headers: { Authorization: `Bearer ${key}` },
    data: {
      touchPointId,
      channel: "app",
      customerRef: "PNR-QX7781",
      rating: 2,
      comment,
      occurredAt: new Date().toISOString(),
      idempotencyKey: `tablet-${Date.now()}`,
    },
  });
  expect(response.status()).toBe(201);
  expect((await response.json()).status).toBe("stored");
  const french = `Le siège ne s'inclinait pas et personne n'est venu nous aider pendant tout le vol ${Date.now()}`;
  const inFrench = await page.request.post("/api/v1/feedback", {
    headers: { Authorization: `Bearer ${key}` },
    data: { touchPointId, channel: "app", rating: 1, comment: french, occurredAt: new Date().toISOString(), idempotencyKey: `tablet-fr-${Date.now()}` },
  });
  expect(inFrench.status()).toBe(201);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Responses", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Responses", level: 1 })).toBeVisible();
  await page.getByLabel("Search comments").fill("would not recline");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=would\+not\+recline/);
  const row = page.getByRole("row", { name: new RegExp(comment) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell", { name: "Seat comfort", exact: true })).toBeVisible();
  await expect(row.getByText("Rating 2/5")).toBeVisible();
  await expect(row.getByText("PNR-QX7781")).toBeVisible();
  await expect(row.getByText("API", { exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "responses-after-api");

  // The back button undoes the search.
  // A same-document history step: page.goBack() would wait for a load event that never comes.
  await page.evaluate(() => history.back());
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByLabel("Search comments")).toHaveValue("");

  // A comment in another language is marked as such, not scored as if it were neutral English.
  await page.goto(`/responses?q=${encodeURIComponent("personne n'est venu")}`);
  const frenchRow = page.getByRole("row").filter({ hasText: french });
  await expect(frenchRow.getByText("French", { exact: true })).toBeVisible();
  await expect(frenchRow.getByText("not scored", { exact: true })).toBeVisible();
  await expect(frenchRow.getByText(/^(negative|neutral|positive)$/)).toHaveCount(0);
  await attachScreenshot(page, testInfo, "responses-in-french");
});

test("frontline staff see only what was said about them, without customer references", async ({ page }) => {
  const frontline = demoLogin("frontline");
  await signInAndWaitForHome(page, frontline.email, frontline.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Responses", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Responses", level: 1 })).toBeVisible();
  await expect(page.getByText("What customers said about you, newest first.")).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Customer" })).toHaveCount(0);
  await expect(page.getByLabel("Staff", { exact: true })).toHaveCount(0);
});
