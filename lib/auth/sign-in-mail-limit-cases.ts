// The sign-in mail limits, as one set of cases run on SQLite and on PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countSignInMail, type SignInMailLimits } from "./sign-in-mail-limit";

const limits: SignInMailLimits = { perAddress: { max: 3, windowMinutes: 15 }, perClient: { max: 5, windowMinutes: 60 } };
const at = (time: string) => new Date(`2026-11-20T${time.length === 5 ? `${time}:00` : time}Z`);
const ask = (email: string, clientAddress: string | undefined, now: Date) =>
  countSignInMail({ db, email, clientAddress, now, limits });

export function describeSignInMailLimits(name: string): void {
  describe(name, () => {
    it("allows `max` mails per address in any 15 minutes, then refuses until they have passed", async () => {
      const results = [];
      for (let i = 0; i < 5; i++) results.push(await ask("ada@example.com", `10.0.0.${i}`, at("09:01")));
      expect(results).toEqual([true, true, true, false, false]);
      expect(await ask("bob@example.com", "10.0.0.9", at("09:14"))).toBe(true);
      expect(await ask("ada@example.com", "10.0.0.9", at("09:14"))).toBe(false);
      // A new fixed window has begun, but the sliding 15 minutes still hold the refused requests.
      expect(await ask("ada@example.com", "10.0.0.9", at("09:16"))).toBe(false);
      expect(await ask("ada@example.com", "10.0.0.9", at("09:40"))).toBe(true);
    });

    it("does not allow a burst twice across a window boundary", async () => {
      expect([await ask("fay@example.com", "10.1.0.1", at("09:14:58")), await ask("fay@example.com", "10.1.0.1", at("09:14:59"))]).toEqual([true, true]);
      const after = [];
      for (let i = 0; i < 3; i++) after.push(await ask("fay@example.com", "10.1.0.1", at("09:15:01")));
      expect(after).toEqual([true, false, false]);
    });

    it("allows `max` mails per client address whatever addresses it asks for", async () => {
      const results = [];
      for (let i = 0; i < 7; i++) results.push(await ask(`person${i}@example.com`, "192.0.2.7", at("10:05")));
      expect(results).toEqual([true, true, true, true, true, false, false]);
      expect(await ask("other@example.com", "192.0.2.8", at("10:05"))).toBe(true);
      expect(await ask("later@example.com", "192.0.2.7", at("12:00"))).toBe(true);
    });

    it("keeps digests, not addresses, and forgets windows that have ended", async () => {
      await ask("carol@example.com", "198.51.100.1", at("12:00"));
      const keys = (await db.signInMailCount.findMany()).map((row) => row.key).join(" ");
      expect(keys).not.toContain("carol");
      expect(keys).not.toContain("198.51.100.1");
      await ask("dave@example.com", "198.51.100.2", new Date("2026-11-22T12:00:00Z"));
      const left = await db.signInMailCount.findMany({ where: { expiresAt: { lte: new Date("2026-11-22T12:00:00Z") } } });
      expect(left).toEqual([]);
    });

    it("counts requests that arrive at once exactly", async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => ask("eve@example.com", "203.0.113.5", at("13:00"))));
      expect(results.filter(Boolean)).toHaveLength(3);
    });
  });
}
