import { expect, test } from "@playwright/test";
import { addStage, addTeam, addTouchPoint, attachScreenshot, createFeedbackKey, createJourney, mainNav, signUpOrganisation } from "./helpers";

test("a director adds a 1-10 rating KPI from an empty card, and the map and touch point page read it on 1-10", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await signUpOrganisation(page, { organisation: "Lakeside Spa", name: "Mira Director", label: "mira", password: "Lakeside-steam-room-7" });
  await mainNav(page).getByRole("link", { name: "Teams", exact: true }).click();
  await addTeam(page, "Spa Hosts");
  await createJourney(page, "A day at the spa");
  await addStage(page, "Relax");
  await addTouchPoint(page, "Relax", "Treatment room", { team: "Spa Hosts" });

  // The empty card says nothing is measured and offers the KPI right there.
  const card = page.getByRole("article", { name: "Treatment room" });
  await expect(card.getByText("No KPI: nothing is measured here")).toBeVisible();
  await card.getByRole("button", { name: "Add KPI to Treatment room" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "New KPI for Treatment room" })).toBeVisible();
  await dialog.getByLabel("KPI kind").selectOption("rating");
  await dialog.getByLabel("Scale", { exact: true }).selectOption("1-10");
  await expect(dialog.getByLabel("Lowest answer", { exact: true })).toHaveValue("1");
  await expect(dialog.getByLabel("Highest answer", { exact: true })).toHaveValue("10");
  await expect(dialog.getByLabel("Top box from")).toHaveValue("9");
  await expect(dialog.getByLabel("Unit")).toHaveValue("/10");
  await expect(dialog.getByText("Answers from 1-10; the top box is 9-10 of 10.")).toBeVisible();
  await dialog.getByLabel("Lowest answer means").fill("Awful");
  await dialog.getByLabel("Highest answer means").fill("Wonderful");
  // A target off the scale is refused by name, with the value.
  await dialog.getByLabel("Target", { exact: true }).fill("12");
  await dialog.getByRole("button", { name: "Save KPI" }).click();
  await expect(dialog.getByText("Must be between 1 and 10 for the rating scale 1-10 (got 12)")).toBeVisible();
  await dialog.getByLabel("Target", { exact: true }).fill("8");
  await dialog.getByLabel("Warning threshold").fill("7");
  await dialog.getByLabel("Minimum sample size").fill("3");
  await attachScreenshot(page, testInfo, "rating-kpi-form-1-10");
  await dialog.getByRole("button", { name: "Save KPI" }).click();
  await expect(dialog).toBeHidden();

  await expect(card.getByText("Scale 1-10 (1 = Awful, 10 = Wonderful) · top box 9-10 of 10")).toBeVisible();
  await expect(card.getByText(/Target\s*8\s*\/10/)).toBeVisible();
  const touchPointId = (await page.getByLabel("API id of Treatment room").textContent())!.trim();

  // Other systems send answers on the same scale; 11 is refused with the field, the value and the range.
  const key = await createFeedbackKey(page, "Spa tablet");
  const occurredAt = new Date().toISOString();
  const response = await page.request.post("/api/v1/feedback/batch", {
    headers: { Authorization: `Bearer ${key}` },
    data: { items: [10, 9, 7, 11].map((rating) => ({ touchPointId, channel: "in_person", rating, occurredAt })) },
  });
  const outcome = await response.json();
  expect(outcome.stored).toBe(3);
  expect(outcome.rejected).toEqual([{ index: 3, path: "rating", reason: "rating 11 is outside the touch point's rating scale 1-10", code: "invalid" }]);

  await mainNav(page).getByRole("link", { name: "Journeys", exact: true }).click();
  await page.getByRole("link", { name: "A day at the spa" }).click();
  // Mean of 10, 9, 7 is 8.67, on target; two of three gave 9-10.
  await expect(card.getByText("8.67")).toBeVisible();
  await expect(card.getByText("67% gave 9–10")).toBeVisible();
  await attachScreenshot(page, testInfo, "rating-kpi-map-1-10");

  await card.getByRole("link", { name: "Treatment room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Treatment room" })).toBeVisible();
  const total = page.getByRole("region", { name: /Rating over the period/ });
  await expect(total.getByText("67% gave 9–10")).toBeVisible();
  await expect(total.getByText("Rated on 1-10 (1 = Awful, 10 = Wonderful); the top box is 9-10 of 10.", { exact: false })).toBeVisible();
  // The weekly history is drawn on the scale's ends, 1 to 10, not on 1-5.
  const history = page.getByRole("region", { name: "Rating, week by week" });
  await expect(history.getByText("10.00", { exact: true })).toBeVisible();
  await expect(history.getByText("1.00", { exact: true })).toBeVisible();
  await expect(history.getByText("5.00", { exact: true })).toHaveCount(0);
  await attachScreenshot(page, testInfo, "rating-kpi-touch-point-1-10");
});
