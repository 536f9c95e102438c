import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { collectCspViolations, policyDirectives, scriptNonce } from "./support/csp";
import { startedEditor, startEditor } from "./support/editor";
import { latestMessageFile, waitForMessage } from "./support/mail";
import { sendFirstUpdate, signUpAndSetUp } from "./support/people";

test("every response carries the security headers, and each page a fresh nonce on all its scripts", async ({ request }) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const policy = first.headers()["content-security-policy"]!;
  const directives = policyDirectives(policy);
  const nonce = scriptNonce(policy)!;
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(scriptNonce(second.headers()["content-security-policy"]!)).not.toBe(nonce);
  expect(directives.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);

  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

  for (const response of [first, await request.get("/api/auth/providers"), await request.get("/no-such-page")]) {
    expect(response.headers()).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    // Served over http here: no HSTS.
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
});

/** Visits a page and waits for it to settle, so late violations are reported too. */
async function visit(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  await page.goto(path);
  if (heading) await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

/** Inside the email frame: every inline style was applied (a blocked style attribute leaves none). */
async function expectEmailStyled(page: Page): Promise<void> {
  const frame = page.frameLocator("iframe[srcdoc]");
  await expect(frame.locator("body")).not.toBeEmpty();
  const unstyled = await frame.locator("[style]").evaluateAll((elements) =>
    elements.filter((element) => (element as HTMLElement).style.length === 0).map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(await frame.locator("[style]").count()).toBeGreaterThan(3);
  expect(unstyled).toEqual([]);
}

test("@journey no page shows a Content-Security-Policy violation", async ({ page, browser }) => {
  test.slow();
  const violations = collectCspViolations(page);
  await visit(page, "/signin", "Sign in to Biweekly");
  // The watcher sees a violation when there is one: injected markup's inline handler does not run.
  await page.evaluate(() => {
    const injected = document.createElement("div");
    injected.innerHTML = `<img src="/missing.png" onerror="document.body.dataset.injected = 'ran'">`;
    document.body.append(injected);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.locator("body").getAttribute("data-injected")).toBeNull();
  violations.length = 0;
  await visit(page, "/signin/check-email", "Check your email");
  await visit(page, "/signin/error?error=Verification", "This sign-in link was used or has expired");
  await visit(page, "/signin/confirm?token=unknown&email=nobody%40example.test", "This sign-in link was used or has expired");

  const person = await signUpAndSetUp(page, "Ada Lovelace");
  const before = latestMessageFile();
  const sent = await sendFirstUpdate(page, "Ship the billing migration");
  await expectEmailStyled(page);

  await visit(page, "/", /./);
  await visit(page, "/goals", "Goals");
  await visit(page, `/goals/${sent.goalId}`, "Ship the billing migration");
  await visit(page, "/write");
  // The editor's own code loads on the first click: it must run under the policy too.
  await startEditor(page);
  await startedEditor(page).click();
  await page.keyboard.type("Typing under the policy.");
  await visit(page, `/updates/${sent.updateId}/preview`);
  await expectEmailStyled(page);
  await visit(page, "/history?q=billing", "History");
  await expect(page.getByRole("main")).toContainText("Ship the billing migration");
  await visit(page, `/history/${sent.historyId}`);
  await expectEmailStyled(page);
  await visit(page, "/asks");
  await visit(page, "/settings");
  await visit(page, "/setup");

  // The local mailbox, with a real message in it.
  const { file } = await waitForMessage({ to: person.boss.email, after: before });
  const appMailbox = path.resolve(".mailbox/e2e-app");
  mkdirSync(appMailbox, { recursive: true });
  copyFileSync(path.join(path.resolve(process.env.SMTP_MAILBOX_DIR!), file), path.join(appMailbox, file));
  await visit(page, "/mailbox", "Mailbox");
  await visit(page, `/mailbox/${file}`);
  await expectEmailStyled(page);

  const boss = await browser.newPage();
  const bossViolations = collectCspViolations(boss);
  const { mail } = await waitForMessage({ to: person.boss.email, after: before });
  await visit(boss, /Got it: (\S+)/.exec(mail.text ?? "")![1]!, "Got it");
  await boss.close();

  expect([...violations, ...bossViolations]).toEqual([]);
});

test("a save or a sign-out from another site is refused with 403 and changes nothing", async ({ page }) => {
  await signUpAndSetUp(page, "Ada Lovelace");
  const sent = await sendFirstUpdate(page, "Ship the billing migration");
  const url = `/api/updates/${sent.updateId}/content`;
  const data = { content: { type: "doc", content: [] }, version: 1 };

  const crossSite = await page.request.put(url, { headers: { Origin: "https://evil.example" }, data });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ error: expect.stringMatching(/^Refused: requests from https:\/\/evil\.example are not accepted/) });
  const unmarked = await page.request.put(url, { data });
  expect(unmarked.status()).toBe(403);
  expect((await unmarked.json()).error).toContain("no Origin header");
  const sameSiteReferer = await page.request.put(url, { headers: { "Sec-Fetch-Site": "cross-site" }, data });
  expect(sameSiteReferer.status()).toBe(403);

  const signOut = await page.request.post("/api/auth/signout", { headers: { Origin: "https://evil.example" }, form: { csrfToken: "x" } });
  expect(signOut.status()).toBe(403);
  // A server action posted from elsewhere is refused before Next.js's own Origin check sees it.
  const action = await page.request.post("/settings", { headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42) }, data: "[]" });
  expect(action.status()).toBe(403);

  await page.goto(`/history/${sent.historyId}`);
  await expect(page.getByRole("main")).toContainText(sent.sentence);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
