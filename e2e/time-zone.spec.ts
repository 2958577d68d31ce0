import { expect, test } from "@playwright/test";
import { addStage, addTeam, addTouchPoint, attachScreenshot, createFeedbackKey, createJourney, mainNav, signUpOrganisation } from "./helpers";

// 02:30 UTC on 9 March 2026 is 21:30 on the 8th in Chicago (daylight time began that morning).
const EVENING_IN_CHICAGO = "2026-03-09T02:30:00.000Z";

test("a director moves the organisation to Chicago time: the rebuild runs to the end and an evening answer lands on its own day", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 1000 });
  // The browser runs in UTC, so the organisation starts in UTC.
  await signUpOrganisation(page, { organisation: "Prairie Air", name: "Cora Director", label: "cora", password: "Prairie-runway-lights-9" });
  await mainNav(page).getByRole("link", { name: "Teams", exact: true }).click();
  await addTeam(page, "Gate Agents");
  await createJourney(page, "Fly with us");
  await addStage(page, "Board");
  await addTouchPoint(page, "Board", "Gate", { team: "Gate Agents" });
  const touchPointId = (await page.getByLabel("API id of Gate").textContent())!.trim();
  const key = await createFeedbackKey(page, "Gate tablet");
  const posted = await page.request.post("/api/v1/feedback/batch", {
    headers: { Authorization: `Bearer ${key}` },
    data: { items: [{ touchPointId, channel: "in_person", csatScore: 5, comment: "Lovely evening boarding", occurredAt: EVENING_IN_CHICAGO }] },
  });
  expect((await posted.json()).stored).toBe(1);

  // In UTC the answer is on the 9th.
  await page.goto("/responses?from=2026-03-09&to=2026-03-09");
  await expect(page.getByRole("cell", { name: "9 Mar 2026, 02:30 UTC" }).first()).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Organisation", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();
  const zone = page.getByLabel("Time zone", { exact: true });
  await expect(zone).toHaveValue("UTC");
  await zone.selectOption("America/Chicago");
  await expect(page.getByText(/^It is \d{1,2} \w{3} \d{4}, \d{2}:\d{2} C[SD]T there now\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Change time zone…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Change the time zone to America/Chicago?" })).toBeVisible();
  await expect(dialog.getByText(/The figures of 1 response at 1 touch point are rebuilt/)).toBeVisible();
  await attachScreenshot(page, testInfo, "time-zone-confirm");
  await dialog.getByRole("button", { name: "Change and rebuild" }).click();

  await expect(page.getByText("Figures rebuilt for America/Chicago: all 1 touch points. Every dashboard now counts days in America/Chicago.")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Rebuild progress" })).toHaveAttribute("aria-valuetext", "1 of 1 touch points rebuilt");
  await expect(zone).toHaveValue("America/Chicago");
  await attachScreenshot(page, testInfo, "time-zone-rebuilt");

  // The same answer is now on the 8th, shown in Chicago time; the 9th has nothing.
  await page.goto("/responses?from=2026-03-08&to=2026-03-08");
  await expect(page.getByRole("cell", { name: "8 Mar 2026, 21:30 CDT" }).first()).toBeVisible();
  await page.goto("/responses?from=2026-03-09&to=2026-03-09");
  await expect(page.getByText("No responses match these filters")).toBeVisible();
  // And the audit log says who changed it.
  await page.goto("/audit");
  await expect(page.getByRole("cell", { name: "Organization time zone changed", exact: true })).toBeVisible();
});
