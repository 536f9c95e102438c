import { expect, test, type Page } from "@playwright/test";
import { confirmSignIn, requestSignInLink } from "./support/auth";
import { MINUTE_MS, resetClock, setClockOffset } from "./support/clock";
import { uniqueEmail } from "./support/users";

test.afterEach(resetClock);

const DAY_MS = 24 * 60 * 60 * 1000;

async function expectLinkUnusable(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { name: "This sign-in link was used or has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Email me a new link" })).toHaveAttribute("href", "/signin");
}

test("a link opened by a mail scanner still works, once, and only by pressing Sign in", async ({ page, browser, playwright }) => {
  const email = uniqueEmail("scanned");
  const link = await requestSignInLink(page, { email });
  expect(new URL(link).pathname).toBe("/signin/confirm");

  // A scanner fetches the link, and next-auth's own callback address, with plain requests.
  const scanner = await playwright.request.newContext();
  for (let i = 0; i < 2; i++) {
    const opened = await scanner.get(link);
    expect(opened.status()).toBe(200);
    expect(await opened.text()).toContain("Sign in as");
    expect((await scanner.head(link)).status()).toBe(200);
  }
  const callback = link.replace("/signin/confirm", "/api/auth/callback/email");
  const redirected = await scanner.get(callback, { maxRedirects: 0 });
  expect(redirected.status()).toBe(303);
  expect(redirected.headers()["location"]).toBe(`/signin/confirm${new URL(link).search}`);
  expect(redirected.headers()["set-cookie"]).toBeUndefined();
  await scanner.dispose();

  await confirmSignIn(page, link, email);
  await expect(page).not.toHaveURL(/\/signin/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The session cookie as the browser keeps it: HttpOnly, SameSite=Lax, not Secure over http, 30 days.
  const session = (await page.context().cookies()).find((cookie) => cookie.name === "next-auth.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  const lifetime = session!.expires * 1000 - Date.now();
  expect(lifetime).toBeGreaterThan(30 * DAY_MS - 5 * MINUTE_MS);
  expect(lifetime).toBeLessThanOrEqual(30 * DAY_MS);

  const other = await browser.newPage();
  await other.goto(link);
  await expectLinkUnusable(other);
  await other.close();
});

test("a link works once even when its page was opened twice before", async ({ page, browser }) => {
  const email = uniqueEmail("twice");
  const link = await requestSignInLink(page, { email });
  const second = await browser.newPage();
  await second.goto(link);
  await confirmSignIn(page, link, email);
  await expect(page).not.toHaveURL(/\/signin/);

  await second.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectLinkUnusable(second);
  expect((await second.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  await second.close();
});

test("a link stops working 10 minutes after it was asked for", async ({ page }) => {
  const email = uniqueEmail("late");
  const early = await requestSignInLink(page, { email });
  const late = await requestSignInLink(page, { email });

  setClockOffset(9 * MINUTE_MS);
  await page.goto(early);
  await expect(page.getByText(`Sign in as ${email}?`)).toBeVisible();

  setClockOffset(10 * MINUTE_MS + 5_000);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expectLinkUnusable(page);
  await page.goto(late);
  await expectLinkUnusable(page);

  await page.getByRole("link", { name: "Email me a new link" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Biweekly" })).toBeVisible();
});
