import { expect, test } from "@playwright/test";
import { addStage, addTeam, addTouchPoint, attachScreenshot, createFeedbackKey, createJourney, mainNav, signUpOrganisation } from "./helpers";

test("a retail organisation starts on retail themes, limits one to a journey, and accepts a suggested theme", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signUpOrganisation(page, {
    organisation: "Hemline Boutique",
    name: "Rosa Director",
    label: "rosa",
    password: "Hemline-linen-dress-9",
    preset: "Retail and e-commerce",
  });
  await mainNav(page).getByRole("link", { name: "Teams", exact: true }).click();
  await addTeam(page, "Shop Floor");
  await createJourney(page, "Online orders");
  await addStage(page, "Receive");
  await addTouchPoint(page, "Receive", "Parcel arrives", { team: "Shop Floor" });
  const touchPointId = (await page.getByLabel("API id of Parcel arrives").textContent())!.trim();
  await createJourney(page, "In store");

  // Comments the shop's systems send: a phrase no retail theme covers comes up again and again.
  const key = await createFeedbackKey(page, "Web shop");
  const comments = [
    "The loyalty points never showed up on my account",
    "Loyalty points expired before I could use them",
    "Where are my loyalty points from last month?",
    "Loyalty points are a joke, they never add up",
    "Lovely dress, runs small though",
    "Parcel came a day late",
  ];
  const response = await page.request.post("/api/v1/feedback/batch", {
    headers: { Authorization: `Bearer ${key}` },
    data: { items: comments.map((comment, i) => ({ touchPointId, channel: "web", comment, occurredAt: new Date(Date.now() - i * 60_000).toISOString() })) },
  });
  expect((await response.json()).stored).toBe(comments.length);

  await mainNav(page).getByRole("link", { name: "Themes", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Started from: Retail and e-commerce" })).toBeVisible();
  const taxonomy = page.getByRole("region", { name: "Words and phrases" });
  await expect(taxonomy.getByRole("row", { name: /^fit and size/ })).toBeVisible();
  await expect(taxonomy.getByRole("row", { name: /^delivery/ })).toBeVisible();
  await expect(taxonomy.getByRole("row", { name: /^flight delays/ })).toHaveCount(0);
  await expect(taxonomy.getByRole("row", { name: /^booking and tickets/ })).toHaveCount(0);

  // "store experience" applies only to the In store journey.
  const storeRow = taxonomy.getByRole("row", { name: /^store experience/ });
  await expect(storeRow.getByRole("cell", { name: "All journeys" })).toBeVisible();
  await storeRow.getByRole("button", { name: "Edit store experience" }).click();
  const edit = page.getByRole("dialog");
  await edit.getByRole("checkbox", { name: "In store" }).check();
  await attachScreenshot(page, testInfo, "theme-limited-to-journey");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toHaveCount(0);
  await expect(taxonomy.getByRole("row", { name: /^store experience/ }).getByRole("cell", { name: "In store", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Started from: Retail and e-commerce" })).toBeVisible();

  // Suggest themes from the organisation's own comments, and accept one.
  const suggest = page.getByRole("region", { name: "Suggested themes" });
  await page.getByLabel("Comments of").selectOption({ label: "Online orders" });
  await page.getByRole("button", { name: "Suggest themes" }).click();
  await expect(suggest.getByText(`Read ${comments.length} comments of Online orders`)).toBeVisible();
  const candidate = suggest.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "loyalty points" }) });
  await expect(candidate.getByText("4 comments (67%)")).toBeVisible();
  await expect(candidate.getByRole("list", { name: "Example comments for loyalty points" }).getByRole("listitem")).toHaveCount(3);
  await expect(candidate.locator("mark").first()).toHaveText(/loyalty points/i);
  await attachScreenshot(page, testInfo, "themes-suggested");

  await candidate.getByRole("button", { name: "Accept loyalty points" }).click();
  const accept = page.getByRole("dialog");
  await expect(accept.getByLabel("Theme name")).toHaveValue("loyalty points");
  await accept.getByLabel("Theme name").fill("Loyalty scheme");
  await expect(accept.getByRole("checkbox", { name: "Online orders" })).toBeChecked();
  await accept.getByRole("button", { name: "Add theme" }).click();
  await expect(accept).toHaveCount(0);
  const loyalty = taxonomy.getByRole("row", { name: /^Loyalty scheme/ });
  await expect(loyalty.getByRole("list", { name: "Words and phrases of Loyalty scheme" }).getByText("loyalty points", { exact: true })).toBeVisible();
  await expect(loyalty.getByRole("cell", { name: "Online orders", exact: true })).toBeVisible();

  // New comments on that journey get it at once.
  await page.getByLabel("Comment", { exact: true }).fill("My loyalty points vanished");
  await page.getByRole("button", { name: "Try", exact: true }).click();
  await expect(page.getByRole("definition").filter({ has: page.getByRole("list") }).getByText("Loyalty scheme", { exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-accepted");
});
