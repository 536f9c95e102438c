import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

export type CancelHandoverOptions = {
  ownerId: string;
  handoverId: string;
  now: Date;
};

/** Withdraws an offer the owner made, as long as it is still waiting; the goal stays theirs. */
export async function cancelHandover({ ownerId, handoverId, now }: CancelHandoverOptions): Promise<void> {
  const cancelled = await db.goalHandover.updateMany({
    where: { id: handoverId, fromUserId: ownerId, state: "PENDING" },
    data: { state: "CANCELLED", decidedAt: now },
  });
  if (cancelled.count === 1) return;
  const offer = await db.goalHandover.findFirst({ where: { id: handoverId, fromUserId: ownerId }, select: { state: true } });
  if (!offer) throw notFound("Handover");
  if (offer.state === "CANCELLED") return;
  // Accepted or declined first: the cancel came too late and changes nothing.
  throw new AppError("CONFLICT", offer.state === "ACCEPTED" ? "It was already accepted: the goal has moved." : "It was already declined.");
}
