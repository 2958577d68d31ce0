import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Result } from "axe-core";

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Waits until the page shows its content rather than placeholders: the first heading is on
 * screen, no skeleton is left and no list is marked busy.
 */
export async function waitForContent(page: Page) {
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Generous: the director's home loads many cards at once on a shared machine.
  await expect(page.locator('[data-slot="skeleton"], [aria-busy="true"], [aria-label^="Loading"]')).toHaveCount(0, { timeout: 60_000 });
}

/** One line per failing element: rule, impact, where, and what axe says to fix. */
export function describeViolations(violations: Result[]) {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `  ${violation.id} (${violation.impact}) at ${node.target.join(" ")}\n    ${violation.help}\n    ${(node.failureSummary ?? "").replace(/\n/g, "\n    ")}`,
      ),
    )
    .join("\n");
}

/** The serious and critical WCAG A/AA violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  return results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ""));
}

/** How far the page itself scrolls sideways, in CSS pixels (0 when it fits the window). */
export function sidewaysOverflow(page: Page) {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/**
 * Opens a page, waits for its content and checks it: no serious or critical axe violation (unless
 * `axe` is false) and no sideways scroll. Soft assertions, so one run reports every page that fails.
 */
export async function checkPage(page: Page, path: string, label = path, { axe = true } = {}) {
  await page.goto(path);
  await waitForContent(page);
  const width = page.viewportSize()?.width;
  if (axe) {
    const violations = await seriousViolations(page);
    const nodes = violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
    console.log(`axe ${width}px ${label}: ${violations.length} serious/critical rules, ${nodes} elements`);
    const summary = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length} elements`);
    expect.soft(summary, `axe on ${label} at ${width}px:\n${describeViolations(violations)}`).toEqual([]);
  }
  expect.soft(await sidewaysOverflow(page), `${label} scrolls sideways at ${width}px`).toBe(0);
}

export type FocusStop = { name: string; href: string | null; inPeriod: boolean; indicated: boolean };

/**
 * Presses Tab up to `count` times from the top of the page, stopping past its last stop, and
 * records where the focus lands: what it is called, where a link goes, and whether focus changes
 * how it looks (an outline or a ring on the element, or on the label around a visually hidden
 * radio). Call with reduced motion emulated, so a ring's transition does not hide the difference.
 */
export async function tabThrough(page: Page, count: number): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let index = 0; index < count; index++) {
    await page.keyboard.press("Tab");
    const stop: FocusStop | null = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const label = element.closest("label");
      const look = () =>
        [element, label].map((target) => {
          if (!target) return "";
          const style = getComputedStyle(target);
          return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.boxShadow}`;
        }).join("|");
      const focused = look();
      element.blur();
      const unfocused = look();
      element.focus();
      return {
        name: (element.getAttribute("aria-label") ?? label?.textContent ?? element.textContent ?? "").trim().slice(0, 60),
        href: element.getAttribute("href"),
        inPeriod: !!element.closest("fieldset")?.querySelector("legend")?.textContent?.startsWith("Period"),
        indicated: focused !== unfocused,
      };
    });
    // Past the last stop the focus leaves the page for the browser's own controls.
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}
