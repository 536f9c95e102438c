import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import type { SpreadThinInput } from "./spread-thin";

export type SaveSpreadThinThresholdOptions = { userId: string; input: SpreadThinInput };

/** Sets how many active goals the author carries before the home page says they are spread thin. */
export async function saveSpreadThinThreshold({ userId, input }: SaveSpreadThinThresholdOptions): Promise<void> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { spreadThinAbove: input.spreadThinAbove } });
  if (count === 0) throw notFound("Account");
}
