import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome } from "./helpers";

// Named to run first (one worker, files in name order): corrections.spec.ts later imports labelled
// tweets into the same demo organisation. The demo seed trains the organisation's own model on the
// labelled share of its comments (docs/demo.md): the page shows it in use with its held-out figures,
// and stored feedback can be rescored in the background. The flow of importing labels, retraining
// and correcting a label is in corrections.spec.ts.
test("a director sees the demo's own model in use with its held-out figures, and rescores stored feedback", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sentiment model" }).click();

  await expect(page.getByRole("heading", { name: "Sentiment model", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your own model" })).toBeVisible();
  await expect(page.getByText("In use", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/^[\d,]+ learnt from, [\d,]+ held out$/)).toBeVisible();
  // Measured on the same held-out labels as the lexicon, and better by macro-F1: that is why it is in use.
  const macroF1 = page.getByText("Macro-F1", { exact: true }).locator("..");
  const [modelF1, lexiconF1] = (await macroF1.locator("dd").allInnerTexts()).map((text) => Number.parseFloat(text));
  expect(modelF1).toBeGreaterThan(lexiconF1!);
  await expect(page.getByRole("figure", { name: "Your model: labelled against predicted" })).toBeVisible();
  // The labelled comments of the demo's loaded responses (imported with their tweets' human labels).
  await expect(page.getByText(/^[\d,]+ labelled comments: imported with a label/)).toBeVisible();
  await attachScreenshot(page, testInfo, "sentiment-model-demo");

  await page.getByRole("button", { name: "Rescore stored feedback" }).click();
  // The server's background runner walks the demo's comments; the page follows the job to its end.
  await expect(page.getByText(/^Rescored [\d,]+ comments/)).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("button", { name: "Rescore stored feedback" })).toBeEnabled();
  await attachScreenshot(page, testInfo, "sentiment-model-rescored");
});

test("a team lead has no Sentiment model link and is turned away from the page", async ({ page }) => {
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, lead.email, lead.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sentiment model" })).toHaveCount(0);
  await page.goto("/settings/sentiment-model");
  await expect(page).toHaveURL(/\/\?denied=1$/);
});
