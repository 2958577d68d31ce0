/*
 * The ids the page benchmark opens: the demo journey, a touch point for the director and one
 * that the demo lead's team (Cabin Crew) owns, read through the app's own API as the director.
 */
import { chromium } from "@playwright/test";
import { DEMO_LOGINS } from "../db/seed/skyward-data";
import { getOnce } from "./pages-browser";

type Json = { result: { data: { json: unknown } } };
type MapData = { stages: { touchPoints: { id: string; name: string; ownerTeamName: string | null }[] }[] };

export async function discoverIds(baseUrl: string): Promise<{ journeyId: string; touchPointId: string; leadTouchPointId: string }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const director = DEMO_LOGINS.find((l) => l.role === "director")!;
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(director.email);
    await page.getByLabel("Password").fill(director.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    const query = async <T>(name: string, input?: unknown): Promise<T> => {
      const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      const response = await getOnce(page, `${baseUrl}/api/trpc/${name}${search}`);
      if (!response.ok()) throw new Error(`${name} answered ${response.status()}: ${await response.text()}`);
      return ((await response.json()) as Json).result.data.json as T;
    };
    const journeys = await query<{ id: string; status: string }[]>("journeys.list");
    const journey = journeys.find((j) => j.status === "active");
    if (!journey) throw new Error("the demo has no active journey");
    const map = await query<MapData>("journeys.map", { journeyId: journey.id });
    const points = map.stages.flatMap((stage) => stage.touchPoints);
    const lead = DEMO_LOGINS.find((l) => l.role === "team_lead")!;
    const leadPoint = points.find((p) => p.ownerTeamName === lead.team);
    if (!points[0] || !leadPoint) throw new Error("the demo journey has no touch points of the lead's team");
    return { journeyId: journey.id, touchPointId: points[0].id, leadTouchPointId: leadPoint.id };
  } finally {
    await browser.close();
  }
}
