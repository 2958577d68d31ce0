import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome } from "./helpers";

test("a director adds a theme, tries a comment with it, and resets to the airline preset", async ({ page }, testInfo) => {
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Themes", level: 1 })).toBeVisible();
  await expect(page.getByText("You are using the airline themes as they come; your first change makes them yours.")).toBeVisible();
  const taxonomy = page.getByRole("region", { name: "Words and phrases" });
  await expect(taxonomy.getByRole("row", { name: /^baggage/ })).toBeVisible();
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

  await expect(page.getByText("You are using the airline themes as they come")).toHaveCount(0);
  const row = taxonomy.getByRole("row", { name: /^Lounge/ });
  await expect(row.getByRole("list", { name: "Words and phrases of Lounge" }).getByText("lounge", { exact: true })).toBeVisible();

  await page.getByLabel("Comment", { exact: true }).fill("The lounge was packed");
  await page.getByRole("button", { name: "Try", exact: true }).click();
  const found = page.getByRole("definition").filter({ has: page.getByRole("list") });
  await expect(found.getByText("Lounge", { exact: true })).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-tried");

  await page.getByRole("button", { name: "Reset to airline" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm.getByRole("heading", { name: "Reset to the airline taxonomy?" })).toBeVisible();
  await confirm.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText("You are using the airline themes as they come; your first change makes them yours.")).toBeVisible();
  await expect(taxonomy.getByRole("row", { name: /^Lounge/ })).toHaveCount(0);
});

test("a director reads each theme's volume, sentiment and comments, then merges two themes and splits one", async ({ page }, testInfo) => {
  // Four pages, two dialogs and the insights of every theme over 90 days: long on a shared, busy machine.
  test.slow();
  const director = demoLogin("director");
  await signInAndWaitForHome(page, director.email, director.password);
  await page.goto("/settings/themes?period=90d");
  const insights = page.getByRole("region", { name: "Themes in your feedback" });
  await expect(insights.getByRole("radio", { name: "90 days" })).toBeChecked();
  await expect(insights.getByText(/comments in the period/)).toBeVisible();

  // The busiest theme comes first: its mentions and share, its sentiment with n, its weekly bars and newest comments.
  const busiest = insights.getByRole("row").nth(1);
  await expect(busiest.getByText(/% of comments$/)).toBeVisible();
  await expect(busiest.getByText(/^Mean score/)).toBeVisible();
  await expect(busiest.getByText(/% negative/)).toBeVisible();
  await expect(busiest.getByRole("img", { name: /mentions per week/ })).toBeVisible();
  await expect(busiest.getByRole("list", { name: /^Newest comments about/ }).getByRole("listitem").first()).toBeVisible();
  const name = (await busiest.getAttribute("aria-label"))!;
  await attachScreenshot(page, testInfo, "themes-insights");

  await busiest.getByRole("link", { name: /^See (all \d+ comments|the comment) about/ }).click();
  await expect(page).toHaveURL(/\/responses\?theme=/);
  await expect(page.getByLabel("Theme", { exact: true })).toHaveValue(name);
  await expect(page.getByRole("table")).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-responses-filtered");

  await page.goto("/settings/themes?period=90d");
  const taxonomy = page.getByRole("region", { name: "Words and phrases" });
  await taxonomy.getByRole("button", { name: "Merge themes" }).click();
  const merge = page.getByRole("dialog", { name: "Merge themes" });
  await merge.getByLabel("flight delays", { exact: true }).check();
  await merge.getByLabel("queues", { exact: true }).check();
  await merge.getByRole("button", { name: "Merge themes" }).click();
  await expect(merge.getByText("Theme name is required")).toBeVisible();
  await merge.getByLabel("Name of the merged theme").fill("Waiting");
  await attachScreenshot(page, testInfo, "themes-merge-dialog");
  await merge.getByRole("button", { name: "Merge themes" }).click();
  await expect(merge).toHaveCount(0);
  const waiting = taxonomy.getByRole("list", { name: "Words and phrases of Waiting" });
  await expect(waiting.getByText("delay", { exact: true })).toBeVisible();
  await expect(waiting.getByText("queue", { exact: true })).toBeVisible();
  await expect(taxonomy.getByRole("row", { name: /^queues/ })).toHaveCount(0);
  await expect(insights.getByRole("row", { name: "Waiting", exact: true })).toBeVisible();

  await taxonomy.getByRole("button", { name: "Split baggage" }).click();
  const split = page.getByRole("dialog", { name: "Split baggage" });
  await split.getByLabel("New theme name").fill("Strollers and car seats");
  await split.getByRole("button", { name: "Split theme" }).click();
  await expect(split.getByText("Tick at least one word or phrase for the new theme")).toBeVisible();
  await split.getByLabel("stroller", { exact: true }).check();
  await split.getByLabel("car seat", { exact: true }).check();
  await expect(split.getByText(/^2 move, \d+ stay\.$/)).toBeVisible();
  await attachScreenshot(page, testInfo, "themes-split-dialog");
  await split.getByRole("button", { name: "Split theme" }).click();
  await expect(split).toHaveCount(0);
  const strollers = taxonomy.getByRole("list", { name: "Words and phrases of Strollers and car seats" });
  await expect(strollers.getByRole("listitem")).toHaveText(["stroller", "car seat"]);
  await expect(taxonomy.getByRole("list", { name: "Words and phrases of baggage" }).getByText("stroller", { exact: true })).toHaveCount(0);
  await expect(page.getByText(/Edits apply to new feedback; stored comments keep their themes until you re-analyse them/)).toBeVisible();
  // Stored comments are re-tagged by the rescoring job, on the sentiment model page.
  await expect(page.getByRole("link", { name: "rescore stored feedback" })).toHaveAttribute("href", "/settings/sentiment-model");
  await attachScreenshot(page, testInfo, "themes-after-merge-and-split");

  // Leave the demo organisation on the defaults for the specs that follow.
  await taxonomy.getByRole("button", { name: "Reset to airline" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Reset", exact: true }).click();
  await expect(page.getByText("You are using the airline themes as they come; your first change makes them yours.")).toBeVisible();
});

test("a team lead has no Themes link and is turned away from the page", async ({ page }) => {
  const lead = demoLogin("team_lead");
  await signInAndWaitForHome(page, lead.email, lead.password);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Themes" })).toHaveCount(0);
  await page.goto("/settings/themes");
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await expect(page.getByText("You don't have access to that page.")).toBeVisible();
});
