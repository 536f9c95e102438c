import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { readSessionUser, type SessionUser } from "./session-user";

export type CurrentUser = SessionUser;

/** The signed-in user, read fresh from the database with their session, or null. Cached per request. */
export const getCurrentUser = cache(readSessionUser);

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}

/** For pages that need the recipients and schedule: also sends a half-set-up user to setup. */
export async function requireSetUpUser(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!user.setupCompletedAt) redirect("/setup");
  return user;
}
