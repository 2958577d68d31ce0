import { expect, test, type Page } from "@playwright/test";
import { SKYWARD_TARGET_OVERRIDES } from "../db/seed/skyward-data";
import { addStage, addTeam, addTouchPoint, attachScreenshot, cardsIn, demoLogin, mainNav, signInAndWaitForHome, stageRegion as stage, uniqueEmail } from "./helpers";

async function cardOrder(page: Page, stageName: string): Promise<string[]> {
  const names = await cardsIn(stage(page, stageName)).evaluateAll((cards) => cards.map((card) => card.getAttribute("aria-label") ?? ""));
  return names;
}

async function addKpi(page: Page, touchPoint: string) {
  const card = page.getByRole("article", { name: touchPoint });
  await card.getByRole("button", { name: `Actions for ${touchPoint}` }).click();
  await page.getByRole("menuitem", { name: /edit/i }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Add KPI" }).click();
  const kpiDialog = page.getByRole("dialog").last();
  await kpiDialog.getByLabel("KPI kind").selectOption("csat");
  await kpiDialog.getByLabel("Target", { exact: true }).fill("85");
  await kpiDialog.getByLabel("Warning threshold").fill("75");
  await kpiDialog.getByRole("button", { name: "Save KPI" }).click();
  await expect(page.getByRole("dialog").getByText("CSAT").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("article", { name: touchPoint }).getByText("No feedback in this period")).toBeVisible();
}

test("a director maps a three-stage journey from an empty organisation, reorders by keyboard and sets a team target", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/sign-up");
  await page.getByLabel("Organisation name").fill("Harbour Ferries");
  await page.getByLabel("Your name").fill("Rosa Director");
  await page.getByLabel("Email").fill(uniqueEmail("rosa"));
  await page.getByLabel("Password").fill("Ferry-tides-at-dawn-3");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Rosa Director" })).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Teams", exact: true }).click();
  await addTeam(page, "Terminal Crew");
  await addTeam(page, "Deck Crew");

  await mainNav(page).getByRole("link", { name: "Journeys", exact: true }).click();
  await expect(page.getByText(/create your first journey/i)).toBeVisible();
  await page.getByRole("button", { name: "New journey" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Journey name").fill("Cross the harbour");
  await dialog.getByRole("button", { name: "Create journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cross the harbour" })).toBeVisible();

  for (const name of ["Buy a ticket", "Board", "Sail"]) await addStage(page, name);
  await addTouchPoint(page, "Buy a ticket", "Ticket office", { team: "Terminal Crew" });
  await addTouchPoint(page, "Buy a ticket", "Ticket machine", { team: "Terminal Crew" });
  await addTouchPoint(page, "Board", "Gangway welcome", { team: "Deck Crew", momentOfTruth: true });
  await addTouchPoint(page, "Sail", "Safety briefing", { team: "Deck Crew" });
  await addKpi(page, "Gangway welcome");
  await expect(page.getByRole("article", { name: "Gangway welcome" }).getByText("Moment of truth")).toBeVisible();

  // Keyboard reorder: pick the machine up, move it above the office, drop it.
  expect(await cardOrder(page, "Buy a ticket")).toEqual(["Ticket office", "Ticket machine"]);
  await page.getByRole("button", { name: "Move Ticket machine" }).focus();
  // Each key waits for the screen reader's announcement of the last one: a key pressed before
  // the drag has started (or moved) is lost, and the drop lands where the card already was.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press("Space");
  await expect(announcement).toContainText("Picked up Ticket machine");
  await page.keyboard.press("ArrowUp");
  await expect(announcement).toContainText("Ticket machine is now at position 1 of 2 in Buy a ticket");
  await page.keyboard.press("Space");
  await expect(announcement).toContainText("Dropped Ticket machine at position 1 of 2 in Buy a ticket");
  await expect.poll(() => cardOrder(page, "Buy a ticket")).toEqual(["Ticket machine", "Ticket office"]);
  await page.reload();
  await expect.poll(() => cardOrder(page, "Buy a ticket")).toEqual(["Ticket machine", "Ticket office"]);

  // A team target for the KPI.
  await page.getByRole("button", { name: /^Targets for .* at Gangway welcome$/ }).click();
  const targets = page.getByRole("dialog");
  await targets.getByRole("button", { name: "Add target" }).click();
  await targets.getByLabel("Applies to").selectOption("team");
  await targets.getByLabel("Team", { exact: true }).selectOption({ label: "Deck Crew" });
  await targets.getByLabel("Target", { exact: true }).fill("90");
  await targets.getByRole("button", { name: "Save target" }).click();
  await expect(targets.getByText("Deck Crew")).toBeVisible();
  await expect(targets.getByText("90").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await attachScreenshot(page, testInfo, "map-director-new-journey");

  await mainNav(page).getByRole("link", { name: "Audit log", exact: true }).click();
  await expect(page.getByRole("cell", { name: "Target created" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "Touch point moved" }).first()).toBeVisible();
});

async function openFlyWithUs(page: Page) {
  await mainNav(page).getByRole("link", { name: "Journeys", exact: true }).click();
  await page.getByRole("link", { name: "Fly with us" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fly with us" })).toBeVisible();
}

test("the demo's Fly with us journey shows its five stages and 14 touch points", async ({ page }, testInfo) => {
  const login = demoLogin("director");
  await signInAndWaitForHome(page, login.email, login.password);
  await openFlyWithUs(page);
  for (const name of ["Book", "Check in & airport", "Board", "In flight", "Arrive & baggage"]) {
    await expect(stage(page, name)).toBeVisible();
  }
  await expect(page.getByRole("article")).toHaveCount(14);
  await expect(page.getByText(/^n = \d/).first()).toBeVisible();
  await attachScreenshot(page, testInfo, "map-director");
});

test("a team lead changes their own team's target and is refused another team's", async ({ page }, testInfo) => {
  const login = demoLogin("team_lead");
  await signInAndWaitForHome(page, login.email, login.password);
  await openFlyWithUs(page);
  await expect(page.getByRole("button", { name: "Add stage" })).toHaveCount(0);
  await expect(page.getByRole("article", { name: "On-board service" }).getByText("Your team")).toBeVisible();
  await attachScreenshot(page, testInfo, "map-team-lead");

  await page.getByRole("button", { name: /^Targets for .* at On-board service$/ }).click();
  const dialog = page.getByRole("dialog");
  const cabinRow = dialog.getByRole("row").filter({ hasText: "Cabin Crew" });
  await cabinRow.getByRole("button", { name: /edit/i }).click();
  await dialog.getByLabel("Target", { exact: true }).fill("4.4");
  await dialog.getByRole("button", { name: "Save target" }).click();
  await expect(dialog.getByRole("row").filter({ hasText: "Cabin Crew" }).getByText("4.4")).toBeVisible();
  await page.keyboard.press("Escape");

  // Another team's target is shown read-only, and the server refuses a change all the same.
  await page.getByRole("button", { name: /^Targets for .* at Check-in$/ }).click();
  const checkIn = page.getByRole("dialog");
  const airportRow = checkIn.getByRole("row").filter({ hasText: "Airport Services" });
  await expect(airportRow).toBeVisible();
  await expect(airportRow.getByRole("button")).toHaveCount(0);
  await page.keyboard.press("Escape");

  const refused = await page.evaluate(async () => {
    const list = await fetch("/api/trpc/journeys.list").then((r) => r.json());
    const journeyId = list.result.data.json[0].id;
    const input = encodeURIComponent(JSON.stringify({ json: { journeyId } }));
    const journeyMap = await fetch(`/api/trpc/journeys.map?input=${input}`).then((r) => r.json());
    const data = journeyMap.result.data.json;
    const checkInPoint = data.stages.flatMap((s: { touchPoints: unknown[] }) => s.touchPoints).find((tp: { name: string }) => tp.name === "Check-in");
    const airport = data.teams.find((team: { name: string }) => team.name === "Airport Services");
    const response = await fetch("/api/trpc/kpis.setTarget", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { kpiId: checkInPoint.kpis[0].id, teamId: airport.id, userId: null, target: 1, warningThreshold: null, validFrom: "2026-01-01", validTo: null } }),
    });
    return { status: response.status, body: await response.json() };
  });
  expect(refused.status).toBe(403);
  expect(refused.body.error.json.message).toBe("You can change only the targets of your own team and its members");
});

test("a frontline user sees the map read-only with their team's touch points and their own targets", async ({ page }, testInfo) => {
  const login = demoLogin("frontline");
  await signInAndWaitForHome(page, login.email, login.password);
  await openFlyWithUs(page);
  await expect(page.getByRole("button", { name: "Add stage" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Targets for/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Actions for/ })).toHaveCount(0);
  const onBoard = page.getByRole("article", { name: "On-board service" });
  await expect(onBoard.getByText("Your team")).toBeVisible();
  // Ethan's personal target at On-board service, as the demo seeds it.
  const personal = SKYWARD_TARGET_OVERRIDES.find((o) => o.touchPoint === "On-board service" && o.personEmail === login.email)!.target;
  await expect(onBoard.getByText(String(personal)).first()).toBeVisible();
  await expect(page.getByRole("article", { name: "Check-in" }).getByText("Your team")).toHaveCount(0);
  await attachScreenshot(page, testInfo, "map-frontline");
});
