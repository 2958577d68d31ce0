import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage, tabThrough, waitForContent } from "./accessibility-checks";
import { ROLES, type Role } from "../lib/domain/roles";
import { demoLogin, signIn } from "./helpers";

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// Every page in each role's navigation (README "Roles and what they see"), plus a journey map and
// a touch point page, which are reached from those.
const NAV_PAGES: Record<Role, string[]> = {
  director: ["/", "/journeys", "/responses", "/training", "/coaching", "/people", "/teams", "/import", "/surveys", "/audit", "/settings/api-keys", "/settings/themes", "/settings/sentiment-model", "/settings/organization", "/profile"],
  team_lead: ["/", "/journeys", "/responses", "/training", "/coaching", "/people", "/import", "/profile"],
  frontline: ["/", "/journeys", "/responses", "/training", "/coaching", "/profile"],
};

async function signInAs(page: Page, role: Role) {
  const login = demoLogin(role);
  await signIn(page, login.email, login.password);
  // The first sign-in on a fresh server also warms it up, which takes a while on a busy machine.
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible({ timeout: 30_000 });
}

/** The demo journey's map and its first touch point, read through the API as the signed-in user. */
async function journeyPages(page: Page) {
  const ids = await page.evaluate(async () => {
    const list = await fetch("/api/trpc/journeys.list").then((r) => r.json());
    const journeyId: string = list.result.data.json[0].id;
    const input = encodeURIComponent(JSON.stringify({ json: { journeyId } }));
    const map = await fetch(`/api/trpc/journeys.map?input=${input}`).then((r) => r.json());
    const touchPointId: string = map.result.data.json.stages.flatMap((stage: { touchPoints: { id: string }[] }) => stage.touchPoints)[0].id;
    return { journeyId, touchPointId };
  });
  return [`/journeys/${ids.journeyId}`, `/touch-points/${ids.touchPointId}`];
}

/** The role's pages: the navigation must list exactly the pages this spec visits. */
async function pagesOf(page: Page, role: Role) {
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await nav.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect([...hrefs].sort()).toEqual([...NAV_PAGES[role]].sort());
  return [...NAV_PAGES[role], ...(await journeyPages(page))];
}

async function checkRole(page: Page, role: Role) {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, role);
  const paths = await pagesOf(page, role);
  for (const path of paths) await checkPage(page, path, `${role} ${path}`);
  return paths;
}

for (const role of ["director", "team_lead"] as const) {
  test(`every page of the ${role} passes axe at 1,400 px and fits 1,400 px and 390 px`, async ({ page }) => {
    // Up to 28 page loads on a shared 2-core machine.
    test.setTimeout(480_000);
    const paths = await checkRole(page, role);
    // On a narrow window the same pages must not scroll sideways either.
    await page.setViewportSize(PHONE.viewport);
    for (const path of paths) await checkPage(page, path, `${role} ${path}`, { axe: false });
  });
}

test("every page of the frontline passes axe and fits the window at 1,400 px", async ({ page }) => {
  test.setTimeout(180_000);
  await checkRole(page, "frontline");
});

test("every page of the frontline passes axe and fits the window on a 390x844 phone", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signInAs(page, "frontline");
  // On a phone the navigation may wrap or scroll, but it lists the same pages.
  const paths = await pagesOf(page, "frontline");
  for (const path of paths) await checkPage(page, path, `frontline ${path}`);
  await context.close();
});

/** A survey link made by the director, as a customer would receive it. */
async function createSurveyLink(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "director");
  const [, touchPointPath] = await journeyPages(page);
  const touchPointId = touchPointPath!.split("/").pop();
  const path = await page.evaluate(async (id) => {
    const response = await fetch("/api/trpc/surveys.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { touchPointId: id, includeComment: true, includeStaff: true } }),
    });
    return (await response.json()).result.data.json.path as string;
  }, touchPointId);
  await context.close();
  return path;
}

test("the public pages pass axe and fit the window at 1,400 px and on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  const surveyPath = await createSurveyLink(browser);
  expect(surveyPath).toMatch(/^\/s\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}$/);
  for (const options of [{ viewport: DESKTOP }, PHONE]) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const path of ["/sign-in", "/sign-up", surveyPath]) await checkPage(page, path, path === surveyPath ? "survey link" : path);
    await context.close();
  }
});

// What each home must let a keyboard user reach: the period picker and the links into the detail.
const HOME_FLOWS: Record<Role, { period: boolean; link: RegExp }> = {
  director: { period: true, link: /^\/touch-points\// },
  team_lead: { period: true, link: /^\/(touch-points|responses|people)/ },
  frontline: { period: false, link: /^\/responses/ },
};

for (const role of ROLES) {
  test(`the ${role}'s home can be used by keyboard, and focus is always visible`, async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signInAs(page, role);
    await page.goto("/");
    await waitForContent(page);
    const stops = await tabThrough(page, 60);
    const report = stops.map((stop) => `${stop.indicated ? "  " : "✗ "}${stop.name}${stop.href ? ` -> ${stop.href}` : ""}`).join("\n");
    expect(stops[0]?.name, "the first Tab offers the skip link").toBe("Skip to main content");
    if (HOME_FLOWS[role].period) expect(stops.some((stop) => stop.inPeriod), `the period picker is reached:\n${report}`).toBe(true);
    expect(stops.some((stop) => HOME_FLOWS[role].link.test(stop.href ?? "")), `a link into the detail is reached:\n${report}`).toBe(true);
    expect(stops.filter((stop) => !stop.indicated), `every focus stop shows where focus is (✗ = none):\n${report}`).toEqual([]);
  });
}
