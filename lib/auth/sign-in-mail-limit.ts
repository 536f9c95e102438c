import { createHash } from "node:crypto";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db/client";
import type { SecurityConfig } from "@/lib/config/security-config";

export type SignInMailLimits = SecurityConfig["signInMailLimits"];

export type CountSignInMailOptions = {
  db: Db;
  /** The normalised address the link would go to. */
  email: string;
  /** The client's address; undefined when it cannot be told (all such requests share one count). */
  clientAddress: string | undefined;
  now: Date;
  limits: SignInMailLimits;
};

const MINUTE_MS = 60_000;

/**
 * Counts one request for a sign-in mail and says whether it may be sent: at most `max` per
 * address and per client address in any window of `windowMinutes`. The window slides: the count
 * is this fixed window's plus the previous one's weighted by how much of it still lies inside the
 * sliding window (the estimate Cloudflare describes), so a burst across a window boundary is not
 * allowed twice. The counts live in the database, so every app instance shares them; each is one
 * atomic increment. Refused requests count too: asking again does not open the window sooner.
 * Keys hold digests, never the address itself.
 */
export async function countSignInMail(options: CountSignInMailOptions): Promise<boolean> {
  const { db, now, limits } = options;
  await db.signInMailCount.deleteMany({ where: { expiresAt: { lte: now } } });
  const forAddress = await slidingCount(db, `address:${digest(options.email)}`, limits.perAddress.windowMinutes, now);
  const forClient = await slidingCount(db, `ip:${digest(options.clientAddress ?? "unknown")}`, limits.perClient.windowMinutes, now);
  return forAddress <= limits.perAddress.max && forClient <= limits.perClient.max;
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** Counts this request and returns the estimated number of requests in the sliding window, this one included. */
async function slidingCount(db: Db, name: string, windowMinutes: number, now: Date): Promise<number> {
  const windowMs = windowMinutes * MINUTE_MS;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  // Kept until the next window has ended too: it is that window's "previous".
  const current = await increment(db, `${name}:${windowStart}`, new Date(windowStart + 2 * windowMs));
  const previous = await db.signInMailCount.findUnique({ where: { key: `${name}:${windowStart - windowMs}` }, select: { count: true } });
  const stillInside = 1 - (now.getTime() - windowStart) / windowMs;
  return current + (previous?.count ?? 0) * stillInside;
}

async function increment(db: Db, key: string, expiresAt: Date): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.signInMailCount.upsert({
        where: { key },
        create: { key, count: 1, expiresAt },
        update: { count: { increment: 1 } },
        select: { count: true },
      });
      return row.count;
    } catch (error) {
      // Two first requests of a window raced to create the row: the loser increments it.
      const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!raced || attempt >= 2) throw error;
    }
  }
}
