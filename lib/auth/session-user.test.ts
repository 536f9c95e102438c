import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sessionLifetime } from "./options";
import { sessionUserFor } from "./session-user";

const DAY_MS = 24 * 60 * 60 * 1000;
let counter = 0;

async function signedIn(expiresInMs: number) {
  counter += 1;
  const user = await db.user.create({ data: { email: `session-${counter}@example.com`, name: `Person ${counter}`, timeZone: "Europe/Berlin" } });
  const sessionToken = `token-${counter}-${Date.now()}`;
  const at = Date.now();
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(at + expiresInMs) } });
  const expires = async () => (await db.session.findUnique({ where: { sessionToken } }))?.expires.getTime();
  return { user, sessionToken, at, expires };
}

describe("sessionUserFor", () => {
  it("gives the session's user, and nobody for a token no session has", async () => {
    const { user, sessionToken, at } = await signedIn(DAY_MS);
    expect(await sessionUserFor(sessionToken, at)).toEqual({ id: user.id, email: user.email, name: user.name, timeZone: "Europe/Berlin", setupCompletedAt: null });
    expect(await sessionUserFor("no-such-token", at)).toBeNull();
  });

  it("deletes an expired session and signs nobody in with it", async () => {
    const { sessionToken, at, expires } = await signedIn(-1000);
    expect(await sessionUserFor(sessionToken, at)).toBeNull();
    expect(await expires()).toBeUndefined();
  });

  it("extends a session to its full lifetime once a day has passed since it last was, and not sooner", async () => {
    const { maxAge } = sessionLifetime();
    const fresh = await signedIn(maxAge * 1000 - 60_000);
    await sessionUserFor(fresh.sessionToken, fresh.at);
    expect(await fresh.expires()).toBe(fresh.at + maxAge * 1000 - 60_000);
    const used = await signedIn(maxAge * 1000 - DAY_MS - 60_000);
    expect(await sessionUserFor(used.sessionToken, used.at)).not.toBeNull();
    expect(await used.expires()).toBe(used.at + maxAge * 1000);
  });
});
