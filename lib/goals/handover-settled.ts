import "server-only";
import type { HandoverState } from "@prisma/client";
import type { Db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";

const TOO_LATE: Record<HandoverState, string> = {
  PENDING: "This handover changed meanwhile. Try again.",
  ACCEPTED: "You already accepted this goal.",
  DECLINED: "You already declined this goal.",
  CANCELLED: "This offer was withdrawn before you answered.",
};

/**
 * Why a decision on an offer changed nothing. Repeating the same decision (a double click) is
 * harmless; an offer that is not the receiver's is not found; anything else came too late.
 */
export async function handoverSettled(
  tx: Db,
  { receiverId, handoverId, repeat }: { receiverId: string; handoverId: string; repeat: HandoverState },
): Promise<void> {
  const offer = await tx.goalHandover.findFirst({ where: { id: handoverId, toUserId: receiverId }, select: { state: true } });
  if (!offer) throw notFound("Handover");
  if (offer.state === repeat) return;
  throw new AppError("CONFLICT", TOO_LATE[offer.state]);
}
