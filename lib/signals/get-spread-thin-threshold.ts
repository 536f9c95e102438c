import "server-only";
import { db } from "@/lib/db/client";
import { SPREAD_THIN_DEFAULT } from "./spread-thin";

/** How many active goals the author carries before the spread-thin notice shows. */
export async function getSpreadThinThreshold({ userId }: { userId: string }): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { spreadThinAbove: true } });
  return user?.spreadThinAbove ?? SPREAD_THIN_DEFAULT;
}
