import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signInAndWaitForHome } from "./helpers";

const expectations = [
  { role: "director", label: "Director", nav: ["Home", "People", "Teams", "Import", "Profile"], hidden: ["My team"] },
  { role: "team_lead", label: "Team lead", nav: ["Home", "My team", "Import", "Profile"], hidden: ["Teams", "People"] },
  { role: "frontline", label: "Frontline", nav: ["Home", "Profile"], hidden: ["People", "Teams", "My team", "Import"] },
] as const;

for (const { role, label, nav, hidden } of expectations) {
  test(`${label} signs in and sees their home and navigation`, async ({ page }, testInfo) => {
    const login = demoLogin(role);
    await signInAndWaitForHome(page, login.email, login.password);
    await expect(page.getByRole("heading", { name: `Welcome, ${login.name}` })).toBeVisible();
    await expect(page.getByRole("banner").getByText("Skyward Airlines")).toBeVisible();
    await expect(page.getByRole("button", { name: `Account: ${login.name}, ${label}` })).toBeVisible();

    const navigation = page.getByRole("navigation", { name: "Main" });
    for (const item of nav) await expect(navigation.getByRole("link", { name: item, exact: true })).toBeVisible();
    for (const item of hidden) await expect(navigation.getByRole("link", { name: item, exact: true })).toHaveCount(0);
    await attachScreenshot(page, testInfo, `home-${role}`);
  });
}

test("a frontline user who types the people page address is turned away", async ({ page }) => {
  const login = demoLogin("frontline");
  await signInAndWaitForHome(page, login.email, login.password);
  await page.goto("/people");
  await expect(page).toHaveURL(/\/\?denied=1$/);
  await expect(page.getByText("You don't have access to that page.")).toBeVisible();
});

test("the director sees the people of the organisation", async ({ page }, testInfo) => {
  const login = demoLogin("director");
  await signInAndWaitForHome(page, login.email, login.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  // Each name opens the person's training record.
  await expect(page.getByRole("link", { name: "Grace Nolan: training record" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ethan Brooks: training record" })).toBeVisible();
  await attachScreenshot(page, testInfo, "people-director");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Teams", exact: true }).click();
  await expect(page.getByText("Cabin Crew").first()).toBeVisible();
  await attachScreenshot(page, testInfo, "teams-director");
});

test("a signed-out visitor who opens a page comes back to it after signing in", async ({ page }) => {
  const login = demoLogin("director");
  await page.goto("/teams");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fteams/);
  await page.getByLabel("Email").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/teams$/);
  await expect(page.getByText("Cabin Crew").first()).toBeVisible();
});
