import { expect, test } from "@playwright/test";
import { SKYWARD_DEMO_PASSWORD } from "../db/seed/skyward-data";
import { attachScreenshot, demoLogin, signIn, signInAndWaitForHome } from "./helpers";

test("repeated failed sign-ins lock the account with a clear message", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // A seeded Customer Care agent that no other test signs in as.
  const email = "omar.farouk@skyward.example";
  for (let attempt = 1; attempt <= 9; attempt++) {
    await signIn(page, email, `Wrong-password-${attempt}`);
    await expect(page.getByText("The email or password is not right, or the account cannot sign in.")).toBeVisible();
  }
  await signIn(page, email, "Wrong-password-10");
  await expect(page.getByText("Too many failed sign-ins. Wait 15 minutes and try again.")).toBeVisible();
  // Even the right password is refused while the lock lasts.
  await signIn(page, email, SKYWARD_DEMO_PASSWORD);
  await expect(page.getByText("Too many failed sign-ins. Wait 15 minutes and try again.")).toBeVisible();
  await attachScreenshot(page, testInfo, "sign-in-locked");
});

test("an unknown email gets the same answer as a wrong password", async ({ page }) => {
  await signIn(page, "nobody@skyward.example", "Whatever-password-1");
  await expect(page.getByText("The email or password is not right, or the account cannot sign in.")).toBeVisible();
});

test("a session cookie kept from before sign-out no longer works", async ({ page, context }) => {
  const login = demoLogin("team_lead");
  await signInAndWaitForHome(page, login.email, login.password);
  const before = await context.cookies();
  expect(before.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: new RegExp(login.name) }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await context.addCookies(before);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  const response = await page.request.get("/api/trpc/users.me");
  expect(response.status()).toBe(401);
});

// Issue 15: "/.//evil.example" passed the check on the raw string and came back normalised to "//evil.example".
test("sign-in ignores a callback to another site", async ({ page, baseURL }) => {
  const login = demoLogin("frontline");
  for (const callback of ["https://evil.example/phish", "/.//evil.example", "/x/..//evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callback)}`);
    await page.getByLabel("Email").fill(login.email);
    await page.getByLabel("Password").fill(login.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
    expect(new URL(page.url()).host, callback).toBe(new URL(baseURL!).host);
  }
});

// Issue 15: no Content-Security-Policy or Permissions-Policy header was sent, and then one without
// script-src: an injected script would still have run.
test("pages are sent with a content security policy and a permissions policy, and HSTS only over HTTPS", async ({ request }) => {
  const plain = await request.get("/sign-in");
  const policy = plain.headers()["content-security-policy"]!;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(plain.headers()["permissions-policy"]).toContain("camera=()");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const secure = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(secure.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");

  // Scripts only with this response's nonce: a new one on every request, and on the page's own scripts.
  const NONCE = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})' 'strict-dynamic'/;
  const first = NONCE.exec(policy)?.[1];
  const second = NONCE.exec(secure.headers()["content-security-policy"]!)?.[1];
  expect(first, policy).toBeTruthy();
  expect(second).toBeTruthy();
  expect(second).not.toBe(first);
  expect(policy).not.toContain("'unsafe-eval'");
  const html = await plain.text();
  expect(html).toContain(`nonce="${first}"`);
  // A page that was prerendered before (no request-time data) carries a nonce too.
  const signUp = await request.get("/sign-up");
  const signUpNonce = NONCE.exec(signUp.headers()["content-security-policy"]!)?.[1];
  expect(await signUp.text()).toContain(`nonce="${signUpNonce}"`);
});
