import { expect, test, type Locator } from "@playwright/test";
import { SKYWARD_TOUCH_POINT_DEFINITIONS } from "../db/seed/skyward-data";
import { attachScreenshot, demoLogin, signIn } from "./helpers";

/** A heat-map cell's accessible name: "Check-in, 4.12, n = 1,234, On target; Check-in rating". */
const FIGURE = /, (\d\.\d\d), n = ([\d,]+), .+; .+ rating/;

async function cellFigure(cell: Locator) {
  const label = (await cell.getAttribute("aria-label")) ?? "";
  const match = FIGURE.exec(label);
  return match ? { value: Number(match[1]), n: Number(match[2]!.replaceAll(",", "")) } : null;
}

test("a director reads journey health, cuts a touch point by class and drills down to its responses", async ({ page }, testInfo) => {
  // Three pages and a dozen dashboard queries each: on a shared, busy machine this takes long.
  test.slow();
  const director = demoLogin("director");
  await signIn(page, director.email, director.password);
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });

  // The demo data covers the last 120 days, about 136 answers per touch point a month: the
  // default 30 days already give every touch point its minimum sample of 30.
  const heatMap = page.getByRole("region", { name: /^Journey health: Fly with us/ });
  const cells = heatMap.getByRole("link");
  await expect(cells).toHaveCount(SKYWARD_TOUCH_POINT_DEFINITIONS.length);
  for (const definition of SKYWARD_TOUCH_POINT_DEFINITIONS) {
    const cell = heatMap.getByRole("link", { name: new RegExp(`^${definition.name},`) });
    const figure = await cellFigure(cell);
    expect(figure, `${definition.name} shows a rating and its n`).not.toBeNull();
    expect(figure!.value).toBeGreaterThanOrEqual(1);
    expect(figure!.value).toBeLessThanOrEqual(5);
    expect(figure!.n).toBeGreaterThanOrEqual(30);
    await expect(cell.getByText(`n = ${figure!.n.toLocaleString("en-GB")}`)).toBeVisible();
  }
  const checkIn = heatMap.getByRole("link", { name: /^Check-in,/ });
  const month = await cellFigure(checkIn);

  // A longer period is a link of its own and counts more answers.
  await page.getByRole("group", { name: "Period" }).getByText("90 days", { exact: true }).click();
  await expect(page).toHaveURL(/period=90d/);
  await expect.poll(async () => (await cellFigure(checkIn))?.n ?? 0).toBeGreaterThan(month!.n);
  await expect(page.getByRole("region", { name: "Biggest significant movers" }).getByText(/Benjamini-Hochberg/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Key drivers" }).getByRole("row")).not.toHaveCount(0);
  await expect(page.getByRole("region", { name: "Themes", exact: true }).getByRole("row").nth(1)).toBeVisible();
  await attachScreenshot(page, testInfo, "director-home");

  // Cut check-in by class: each class side by side, with its n.
  await page.getByLabel("Segment", { exact: true }).selectOption("Class");
  await expect(page).toHaveURL(/segment=Class/);
  await page.getByLabel("KPI", { exact: true }).selectOption({ label: "Check-in: Check-in rating" });
  await expect(page).toHaveURL(/segment=Class&kpi=|kpi=.*segment=Class/);
  const cut = page.getByRole("region", { name: "Check-in rating by Class" });
  const classes = cut.getByRole("table").getByRole("rowheader");
  await expect(classes.first()).toBeVisible();
  const names = await classes.allTextContents();
  expect(names).toEqual(expect.arrayContaining(["Business", "Eco"]));
  await expect(cut.getByRole("row", { name: /^Business \d\.\d\d .* [\d,]+$/ })).toHaveCount(1);
  await attachScreenshot(page, testInfo, "director-home-cut-by-class");

  // Drill down: the heat-map cell opens the touch point, which leads to its responses.
  const figure = await cellFigure(checkIn);
  await checkIn.click();
  await expect(page).toHaveURL(/\/touch-points\/[0-9a-f-]{36}\?period=90d/);
  await expect(page.getByRole("heading", { level: 1, name: "Check-in" })).toBeVisible();
  const history = page.getByRole("region", { name: "Check-in rating, week by week" });
  await expect(history.getByRole("table")).toBeAttached();
  // 90 days touch 13 or 14 weeks; the chart says how many, to which day.
  await expect(history.getByText(/^1[34] weeks to \d{1,2} [A-Z][a-z]{2}/)).toBeVisible();
  expect(await history.getByRole("table").locator("tbody tr").count()).toBeGreaterThanOrEqual(13);
  const staff = page.getByRole("region", { name: "Check-in rating by staff member" });
  await expect(staff.getByRole("row").nth(1)).toBeVisible();
  // The staff rows plus the unattributed answers make the cell's n.
  const staffN = (await staff.getByRole("row").locator("td:last-child").allTextContents()).reduce((sum, text) => sum + Number(text.replaceAll(",", "")), 0);
  expect(staffN).toBeGreaterThan(0);
  expect(staffN).toBeLessThanOrEqual(figure!.n);
  await attachScreenshot(page, testInfo, "touch-point");

  await page.getByRole("link", { name: "Responses at this touch point" }).click();
  await expect(page).toHaveURL(/\/responses\?touchPoint=/);
  await expect(page.getByRole("heading", { level: 1, name: "Responses" })).toBeVisible();
  await expect(page.getByLabel("Touch point", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByLabel("Touch point", { exact: true }).locator("option:checked")).toHaveText("Check-in (Fly with us)");
  // Every response listed is one of this touch point's (the second column is the touch point).
  const touchPointCells = page.getByRole("row").locator("td:nth-child(2)");
  await expect(touchPointCells.first()).toBeVisible();
  expect(new Set(await touchPointCells.allTextContents())).toEqual(new Set(["Check-in"]));
});
