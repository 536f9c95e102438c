import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";

export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  setupCompletedAt: Date | null;
};

/** The signed-in user, read fresh from the database, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, timeZone: true, setupCompletedAt: true },
  });
});

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
