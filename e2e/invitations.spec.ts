import { expect, test } from "@playwright/test";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome, uniqueEmail } from "./helpers";

const NEW_PASSWORD = "Orbit-lantern-harbour-7";

test("a director invites a frontline user, who joins, is refused the people page, and is later deactivated", async ({
  browser,
  page,
}, testInfo) => {
  const director = demoLogin("director");
  await signInAndWaitForHome(page, director.email, director.password);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();

  const email = uniqueEmail("new.agent");
  await page.getByRole("button", { name: "Invite person" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByLabel("Role").selectOption("frontline");
  await dialog.getByLabel("Team").selectOption({ label: "Customer Care" });
  await dialog.getByRole("button", { name: "Create invitation" }).click();
  const link = await dialog.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\//);
  await attachScreenshot(page, testInfo, "invitation-created");

  // The invitee opens the link in a browser of their own.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText("Skyward Airlines").first()).toBeVisible();
  await expect(invitee.getByText(email).first()).toBeVisible();
  await invitee.getByLabel("Your name").fill("Quinn Invitee");
  await invitee.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
  await invitee.getByLabel("Confirm password").fill(NEW_PASSWORD);
  await attachScreenshot(invitee, testInfo, "invitation-accept");
  await invitee.getByRole("button", { name: /join|accept|create/i }).click();
  await expect(invitee.getByRole("heading", { name: "Welcome, Quinn Invitee" })).toBeVisible();
  await expect(invitee.getByRole("main").getByText("Customer Care").first()).toBeVisible();

  await expect(invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toHaveCount(0);
  await invitee.goto("/people");
  await expect(invitee.getByText("You don't have access to that page.")).toBeVisible();

  // The director deactivates the new account; its open session ends and it cannot sign in again.
  await page.reload();
  await page.getByRole("button", { name: "Actions for Quinn Invitee" }).click();
  await page.getByRole("menuitem", { name: "Deactivate" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("cell", { name: "Quinn Invitee", exact: true })).toHaveCount(0);

  await invitee.goto("/");
  await expect(invitee).toHaveURL(/\/sign-in/);
  await signIn(invitee, email, NEW_PASSWORD);
  await expect(invitee.getByText("The email or password is not right, or the account cannot sign in.")).toBeVisible();
  await inviteeContext.close();
});
