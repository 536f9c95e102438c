import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export const resolveAskInput = z.object({
  askId: z.string().min(1, "Choose an ask.").max(64),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters."),
});

export type ResolveAskOptions = { authorId: string; input: z.infer<typeof resolveAskInput>; now: Date };

/** Marks one of the author's open asks resolved, with how it ended in their words. NOT_FOUND for anyone else's. */
export async function resolveAsk({ authorId, input, now }: ResolveAskOptions): Promise<void> {
  const resolved = await db.ask.updateMany({
    where: { id: input.askId, authorId },
    data: { resolvedAt: now, resolutionNote: input.note },
  });
  if (resolved.count !== 1) throw notFound("Ask");
}
