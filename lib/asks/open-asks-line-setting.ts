import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

/** A checkbox sends "on" when ticked and nothing when not. */
export const openAsksLineInput = z.object({ openAsksLine: z.literal("on").optional() }).transform((input) => ({ openAsksLine: input.openAsksLine === "on" }));

/** Whether the author's update email carries the "Open asks" line. */
export async function getOpenAsksLine({ userId }: { userId: string }): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { openAsksLine: true } });
  if (!user) throw notFound("User");
  return user.openAsksLine;
}

export type SaveOpenAsksLineOptions = { userId: string; input: z.infer<typeof openAsksLineInput> };

export async function saveOpenAsksLine({ userId, input }: SaveOpenAsksLineOptions): Promise<void> {
  const saved = await db.user.updateMany({ where: { id: userId }, data: { openAsksLine: input.openAsksLine } });
  if (saved.count !== 1) throw notFound("User");
}
