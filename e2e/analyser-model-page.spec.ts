import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome } from "./helpers";

// Named to run first (one worker, files in name order): corrections.spec.ts later imports labelled
// tweets into the same demo organisation. The demo organisation has no labelled comments: the page shows the lexicon, says why, refuses to
// train, and can still rescore stored feedback in the background. The flow with labels (import
// labelled feedback, train, read the figures, correct a label) is in corrections.spec.ts.
test("a director sees the lexicon in use, is told why training is refused, and rescores stored feedback", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sentiment model" }).click();

  await expect(page.getByRole("heading", { name: "Sentiment model", level: 1 })).toBeVisible();
  await expect(page.getByText("Lexicon (AFINN)", { exact: true })).toBeVisible();
  await expect(page.getByText("Your organisation has no labelled comments yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No labelled comments yet" })).toBeVisible();
  await expect(page.getByText("Import feedback with a sentiment label column or correct labels in Responses.")).toBeVisible();
  await expect(page.getByText("No model has been trained yet.")).toBeVisible();
  await attachScreenshot(page, testInfo, "sentiment-model-lexicon");

  // Next.js announces route changes in an alert of its own: look for ours by its words.
  const refusal = page.getByRole("alert").filter({ hasText: "Training needs" });
  await page.getByRole("button", { name: "Retrain" }).click();
  await expect(refusal).toHaveText("Training needs at least 30 labelled comments; there are 0.");
  await attachScreenshot(page, testInfo, "sentiment-model-refused");

  await page.getByRole("button", { name: "Rescore stored feedback" }).click();
  await expect(refusal).toHaveCount(0);
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
