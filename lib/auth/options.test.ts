// The sign-in link's one use, through next-auth's own handler with the app's options: the session
// cookie it sets, and the link's expiry by the app's clock.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import NextAuth from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { tokenDigest } from "./sign-in-link";

const APP = "https://biweekly.example";
const SECRET = "unit-test-secret-unit-test-secret-0123";
const folder = mkdtempSync(path.join(tmpdir(), "biweekly-auth-"));
const clockFile = path.join(folder, "clock");
const saved = { ...process.env };
Object.assign(process.env, { NEXTAUTH_URL: APP, NEXTAUTH_SECRET: SECRET, CRON_SECRET: SECRET, BIWEEKLY_CLOCK_FILE: clockFile });
writeFileSync(clockFile, "0");

afterAll(() => {
  process.env = saved;
  rmSync(folder, { recursive: true, force: true });
});

const DAY_MS = 24 * 60 * 60 * 1000;

async function askForLink(email: string, token: string) {
  const adapter = authOptions().adapter!;
  await adapter.createVerificationToken!({ identifier: email, token: tokenDigest(token, SECRET), expires: new Date(0) });
}

type Reply = { status: number; location: string; setCookies: string[] };

/** Posts a link to next-auth's email callback, as the confirm page's button does. */
async function useLink(email: string, token: string): Promise<Reply> {
  const headers = new Map<string, string | string[]>();
  const reply = {
    statusCode: 200,
    status(code: number) { this.statusCode = code; return this; },
    setHeader(name: string, value: string | string[]) { headers.set(name.toLowerCase(), value); return this; },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end() {},
    json() {},
    send() {},
  };
  const request = {
    method: "POST",
    query: { nextauth: ["callback", "email"], token, email, callbackUrl: `${APP}/goals` },
    body: {},
    cookies: {},
    headers: {},
  };
  await NextAuth(request as never, reply as never, authOptions());
  const setCookies = headers.get("set-cookie") ?? [];
  return { status: reply.statusCode, location: String(headers.get("location")), setCookies: [setCookies].flat() };
}

const sessionCookie = (reply: Reply) => reply.setCookies.find((cookie) => cookie.includes("session-token="));

describe("signing in with an emailed link", () => {
  it("sets a Secure, HttpOnly, SameSite=Lax session cookie lasting 30 days over https, and works once", async () => {
    await askForLink("ada@example.com", "first-token");
    const reply = await useLink("ada@example.com", "first-token");
    expect(reply.location).toBe(`${APP}/goals`);
    const cookie = sessionCookie(reply) ?? "";
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=[^;]+;/);
    const attributes = cookie.split(";").slice(1).map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["path=/", "httponly", "samesite=lax", "secure"]));
    const expires = new Date(attributes.find((part) => part.startsWith("expires="))!.slice("expires=".length));
    expect(expires.getTime() - Date.now()).toBeGreaterThan(30 * DAY_MS - 120_000);
    expect(expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);

    const again = await useLink("ada@example.com", "first-token");
    expect(again.location).toContain("error=Verification");
    expect(sessionCookie(again)).toBeUndefined();
  });

  it("stops working 10 minutes after it was asked for, by the app's clock", async () => {
    await askForLink("bob@example.com", "nine-minutes");
    await askForLink("bob@example.com", "eleven-minutes");
    writeFileSync(clockFile, String(9 * 60_000));
    expect((await useLink("bob@example.com", "nine-minutes")).location).toBe(`${APP}/goals`);
    writeFileSync(clockFile, String(11 * 60_000));
    expect((await useLink("bob@example.com", "eleven-minutes")).location).toContain("error=Verification");
    writeFileSync(clockFile, "0");
  });

  it("withholds a limited request's link: no mail, nothing stored, and the address is counted once", async () => {
    const asked: string[] = [];
    const options = authOptions({ allowSignInMail: async (email) => (asked.push(email), false) });
    const provider = options.providers[0] as unknown as { options: EmailConfig };
    await Promise.all([
      options.adapter!.createVerificationToken!({ identifier: "eve@example.com", token: tokenDigest("x", SECRET), expires: new Date(0) }),
      provider.options.sendVerificationRequest({ identifier: "eve@example.com", url: `${APP}/api/auth/callback/email?token=x&email=eve%40example.com`, expires: new Date(), provider: provider.options, token: "x", theme: {} }),
    ]);
    expect(asked).toEqual(["eve@example.com"]);
    expect(await db.verificationToken.count({ where: { identifier: "eve@example.com" } })).toBe(0);
  });
});

describe("the address a person signs in with", () => {
  it("is one plain address, trimmed and lower-cased", async () => {
    const { signInIdentifier } = await import("./options");
    expect(signInIdentifier("  Ada@Example.COM ")).toBe("ada@example.com");
  });

  it.each(["Ada <ada@example.com>", "ada@example.com,eve@evil.test", "ada@example.com\r\nBcc: eve@evil.test", "ada @example.com", '"ada"@example.com', "ada@localhost"])(
    "refuses %j before any link is stored",
    async (typed) => {
      const { signInIdentifier } = await import("./options");
      expect(() => signInIdentifier(typed)).toThrow("Invalid email address format.");
    },
  );
});
