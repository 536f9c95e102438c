import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { confirmLinkFor, isSignInLinkUsable, sameSitePath, tokenDigest } from "./sign-in-link";

const APP = "https://biweekly.example";

describe("confirmLinkFor", () => {
  it("turns next-auth's callback link into the confirm page's, keeping token, address and a same-site return path", () => {
    const callback = `${APP}/api/auth/callback/email?callbackUrl=${encodeURIComponent(`${APP}/goals`)}&token=t0k&email=ada%40example.com`;
    expect(confirmLinkFor(callback, APP)).toBe(`${APP}/signin/confirm?token=t0k&email=ada%40example.com&callbackUrl=%2Fgoals`);
  });

  it("drops a return path to another site", () => {
    const callback = `${APP}/api/auth/callback/email?callbackUrl=${encodeURIComponent("https://evil.example/x")}&token=t&email=a%40b.example`;
    expect(confirmLinkFor(callback, APP)).toBe(`${APP}/signin/confirm?token=t&email=a%40b.example`);
  });
});

describe("sameSitePath", () => {
  it("keeps paths on this site only", () => {
    expect(sameSitePath("/history?q=x")).toBe("/history?q=x");
    expect(sameSitePath("//evil.example")).toBe("/");
    expect(sameSitePath("/\\evil.example")).toBe("/");
    expect(sameSitePath("https://evil.example/")).toBe("/");
    expect(sameSitePath(undefined)).toBe("/");
  });
});

describe("isSignInLinkUsable", () => {
  const secret = "s".repeat(32);
  const link = { token: "abc", email: "ada@example.com", callbackUrl: "/" };
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 9, minute));

  it("is true for a stored, unexpired link and reads without consuming it", async () => {
    await db.verificationToken.create({ data: { identifier: link.email, token: tokenDigest("abc", secret), expires: at(10) } });
    expect(await isSignInLinkUsable({ db, link, secret, now: at(9) })).toBe(true);
    expect(await isSignInLinkUsable({ db, link, secret, now: at(9) })).toBe(true);
    expect(await isSignInLinkUsable({ db, link, secret, now: at(10) })).toBe(false);
    expect(await isSignInLinkUsable({ db, link: { ...link, email: "bob@example.com" }, secret, now: at(9) })).toBe(false);
    expect(await isSignInLinkUsable({ db, link: { ...link, token: "abd" }, secret, now: at(9) })).toBe(false);
  });
});
