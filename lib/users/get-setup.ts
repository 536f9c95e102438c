import "server-only";
import { db } from "@/lib/db/client";

export type Setup = NonNullable<Awaited<ReturnType<typeof getSetup>>>;

/** The author with their recipients and schedule; null parts are not set up yet. */
export async function getSetup({ userId }: { userId: string }) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, timeZone: true, setupCompletedAt: true, recipients: true, schedule: true },
  });
}
