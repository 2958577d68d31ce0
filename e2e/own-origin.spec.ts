import { expect, test } from "@playwright/test";
import { addTeam, demoLogin } from "./helpers";

/*
 * The server is started with NEXTAUTH_URL=http://localhost:<port>; a person who opens it at
 * 127.0.0.1 instead must still be able to save, and a save refused as cross-site says why.
 */
test("a director saves a change with the app opened at 127.0.0.1, not the configured address", async ({ page, baseURL }) => {
  const address = new URL(baseURL!);
  address.hostname = "127.0.0.1";
  const director = demoLogin("director");
  await page.goto(new URL("/sign-in", address).toString());
  await page.getByLabel("Email").fill(director.email);
  await page.getByLabel("Password").fill(director.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
  expect(new URL(page.url()).hostname).toBe("127.0.0.1");

  await page.goto(new URL("/teams", address).toString());
  await addTeam(page, `Lounge ${Date.now().toString(36)}`);
  await expect(page.getByText(/Check your connection/)).toHaveCount(0);
});

test("a mutation sent from another site's page is refused in words", async ({ page, baseURL }) => {
  const response = await page.request.post(`${baseURL}/api/trpc/teams.create`, {
    headers: { "content-type": "application/json", origin: "https://evil.example" },
    data: { json: { name: "From elsewhere" } },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toMatch(/another address than this server/);
});
