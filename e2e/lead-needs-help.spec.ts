import { expect, test, type Page } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

const lead = demoLogin("team_lead");

async function openLeadHomeOver90Days(page: Page) {
  await signIn(page, lead.email, lead.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
  // 1,500 survey rows over 120 days: 90 days gives each person enough answers for a figure.
  await page.locator("label", { hasText: "90 days" }).click();
  await expect(page).toHaveURL(/period=90d/);
}

/** The staff named on each response row on screen (the Staff column). */
const staffOnResponses = (page: Page) => page.locator("tbody tr td:nth-child(3)").allInnerTexts();
const touchPointsOnResponses = (page: Page) => page.locator("tbody tr td:nth-child(2)").allInnerTexts();

const SCROLL_CAPTION = /^The table scrolls sideways for all \d+ KPIs; the names stay in place\.$/;
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("a lead finds a person who needs help and reads only that person's responses", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openLeadHomeOver90Days(page);
  const needsHelp = page.getByRole("list", { name: "People who need help" });
  await expect(needsHelp).toBeVisible();
  // Whoever the card lists (the demo's data decides): each entry states its rule and its evidence.
  const first = needsHelp.getByRole("listitem").first();
  const evidence = first.locator("[data-needs-help]").first();
  await expect(evidence).toContainText(/Below target with confidence|Declined significantly/);
  await expect(evidence).toContainText(/n\s=\s[\d,]+, against .+ target of/);
  await expect(evidence).toContainText(/95% interval/);

  // The lead leads the team: she is not one of its rows.
  const table = page.getByRole("table", { name: "Your team against target" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(table.getByRole("link", { name: `${lead.name}: their responses` })).toHaveCount(0);
  expect(await pageWidth(page)).toBeLessThanOrEqual(1400);
  // Either every KPI column fits, or the caption says the table scrolls.
  const fits = await table.evaluate((element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth);
  await expect(page.getByText(SCROLL_CAPTION)).toHaveCount(fits ? 0 : 1);
  await attachScreenshot(page, testInfo, "lead-home-1400");

  // Her figure leads to her responses at that touch point over the same days.
  const figure = evidence.getByRole("link", { name: /'s responses at / });
  const figureName = (await figure.getAttribute("aria-label"))!;
  const [, person, touchPoint] = figureName.match(/^.+?: (.+)'s responses at (.+)$/)!;
  await figure.click();
  await expect(page).toHaveURL(/\/responses\?staff=[0-9a-f-]{36}&touchPoint=[0-9a-f-]{36}&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  await expect(page.getByLabel("Staff", { exact: true })).toHaveValue(/^[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Staff", { exact: true }).locator("option:checked")).toHaveText(person!);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  expect(new Set(await staffOnResponses(page))).toEqual(new Set([person]));
  expect(new Set(await touchPointsOnResponses(page))).toEqual(new Set([touchPoint]));

  // Her name leads to all her responses, and only hers.
  await page.goBack();
  await needsHelp.getByRole("link", { name: `${person}: their responses` }).click();
  await expect(page).toHaveURL(/\/responses\?staff=[0-9a-f-]{36}&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  expect(new Set(await staffOnResponses(page))).toEqual(new Set([person]));
  await expect(page.getByLabel("Staff", { exact: true }).locator("option:checked")).toHaveText(person!);
  await expect(page.getByLabel("Touch point", { exact: true }).locator("option:checked")).toHaveText("All touch points");
});

test("a KPI column heading leads to its touch point for the same period", async ({ page }) => {
  await openLeadHomeOver90Days(page);
  const table = page.getByRole("table", { name: "Your team against target" });
  const heading = table.getByRole("columnheader").nth(1);
  const touchPoint = heading.getByRole("link");
  const name = await touchPoint.innerText();
  await touchPoint.click();
  await expect(page).toHaveURL(/\/touch-points\/[0-9a-f-]{36}\?period=90d$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the team table scrolls inside its box, says so, and keeps the names in view", async ({ page }, testInfo) => {
    await openLeadHomeOver90Days(page);
    const table = page.getByRole("table", { name: "Your team against target" });
    await expect(table).toBeVisible();
    await expect(page.getByText(SCROLL_CAPTION)).toBeVisible();
    await expect(table).toHaveAttribute("aria-describedby", /.+/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await attachScreenshot(page, testInfo, "lead-home-390");

    // Scrolled to the far right, the first person's name is still where it was.
    const name = table.locator("tbody tr").first().locator("td").first();
    const before = (await name.boundingBox())!;
    await table.evaluate((element) => element.parentElement!.scrollTo({ left: element.scrollWidth }));
    await expect.poll(async () => (await name.boundingBox())!.x).toBe(before.x);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  });
});
