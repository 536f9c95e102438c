import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";

export type GetUpdateOptions = { authorId: string; updateId: string };

/** One of the author's updates with its latest delivery; NOT_FOUND for anyone else's. */
export async function getUpdate({ authorId, updateId }: GetUpdateOptions) {
  const update = await db.update.findFirst({
    where: { id: updateId, authorId },
    include: { deliveries: { where: { userId: authorId }, orderBy: { createdAt: "desc" }, take: 1 } },
  });
  if (!update) throw notFound("Update");
  const { deliveries, ...rest } = update;
  return { ...rest, delivery: deliveries[0] ?? null };
}

export type UpdateWithDelivery = Awaited<ReturnType<typeof getUpdate>>;
