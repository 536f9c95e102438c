import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { sessionCookieName, sessionLifetime } from "./options";

/** The columns of the signed-in user that pages and routes read. */
const sessionUserSelect = { id: true, email: true, name: true, timeZone: true, setupCompletedAt: true } as const;

export type SessionUser = { id: string; email: string; name: string | null; timeZone: string; setupCompletedAt: Date | null };

/**
 * The user a session token belongs to, read together with the session, by next-auth's rules for
 * database sessions: an expired session is deleted and signs nobody in, and a session in use is
 * extended to its full lifetime once `updateAge` has passed since it last was.
 */
export async function sessionUserFor(sessionToken: string, at = Date.now()): Promise<SessionUser | null> {
  const session = await db.session.findUnique({ where: { sessionToken }, select: { expires: true, user: { select: sessionUserSelect } } });
  if (!session) return null;
  if (session.expires.valueOf() < at) {
    await db.session.delete({ where: { sessionToken } });
    return null;
  }
  const { maxAge, updateAge } = sessionLifetime();
  if (session.expires.valueOf() - maxAge * 1000 + updateAge * 1000 <= at) {
    await db.session.update({ where: { sessionToken }, data: { expires: new Date(at + maxAge * 1000) } });
  }
  return session.user;
}

/**
 * The user whose session the request's cookie names. Like next-auth's getServerSession, a failure
 * to read is logged and signs nobody in.
 */
export async function readSessionUser(): Promise<SessionUser | null> {
  const sessionToken = (await cookies()).get(sessionCookieName())?.value;
  if (!sessionToken) return null;
  try {
    return await sessionUserFor(sessionToken);
  } catch (error) {
    console.error("Reading the session failed", error);
    return null;
  }
}
