import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const allowed = ["https://biweekly.example", "http://localhost:3000"];
const check = (values: Record<string, string>) => checkSameOrigin(new Headers(values), allowed);

describe("checkSameOrigin", () => {
  it("accepts our own origins", () => {
    expect(check({ origin: "https://biweekly.example" })).toEqual({ ok: true });
    expect(check({ origin: "http://localhost:3000" })).toEqual({ ok: true });
  });

  it("refuses another origin, a look-alike and the opaque null origin, whatever the other headers say", () => {
    expect(check({ origin: "https://evil.example", "sec-fetch-site": "same-origin" }).ok).toBe(false);
    expect(check({ origin: "https://biweekly.example.evil.example" }).ok).toBe(false);
    expect(check({ origin: "http://biweekly.example" }).ok).toBe(false);
    expect(check({ origin: "null" }).ok).toBe(false);
  });

  it("without Origin, trusts Sec-Fetch-Site, then the Referer's origin", () => {
    expect(check({ "sec-fetch-site": "same-origin" }).ok).toBe(true);
    expect(check({ "sec-fetch-site": "same-site" }).ok).toBe(false);
    expect(check({ "sec-fetch-site": "cross-site", referer: "https://biweekly.example/write" }).ok).toBe(false);
    expect(check({ referer: "https://biweekly.example/write?x=1" }).ok).toBe(true);
    expect(check({ referer: "https://evil.example/https://biweekly.example/" }).ok).toBe(false);
    expect(check({ referer: "not a url" }).ok).toBe(false);
  });

  it("refuses a request that says nothing about where it comes from", () => {
    expect(check({})).toEqual({ ok: false, reason: expect.stringContaining("no Origin") });
  });
});
