import "server-only";
import { db, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { handoverSettled } from "./handover-settled";
import { personName } from "./person-name";

export type AcceptHandoverOptions = {
  receiverId: string;
  handoverId: string;
  now: Date;
};

type Move = { goalId: string; fromUserId: string; receiverId: string; now: Date };

/** Ends the previous owner's time on the record and starts the receiver's. */
async function recordNewOwner(tx: Db, { goalId, fromUserId, receiverId, now }: Move): Promise<void> {
  const closed = await tx.goalOwnership.updateMany({ where: { goalId, until: null }, data: { until: now } });
  const [goal, previous, receiver] = await Promise.all([
    tx.goal.findUniqueOrThrow({ where: { id: goalId }, select: { createdAt: true } }),
    tx.user.findUniqueOrThrow({ where: { id: fromUserId }, select: { name: true, email: true } }),
    tx.user.findUniqueOrThrow({ where: { id: receiverId }, select: { name: true, email: true } }),
  ]);
  if (closed.count === 0) {
    // A goal from before owners were recorded: its owner had it since it was created.
    await tx.goalOwnership.create({
      data: { goalId, ownerId: fromUserId, ownerName: personName(previous), since: goal.createdAt, until: now },
    });
  }
  await tx.goalOwnership.create({ data: { goalId, ownerId: receiverId, ownerName: personName(receiver), since: now } });
}

/**
 * Takes an offered goal: it joins the end of the receiver's list with its whole history and
 * leaves the previous owner's. Two answers at once (two tabs, or a cancel racing the accept) are
 * settled by the conditional write on the waiting offer: exactly one wins.
 */
export async function acceptHandover({ receiverId, handoverId, now }: AcceptHandoverOptions): Promise<{ goalId: string }> {
  return db.$transaction(async (tx) => {
    const accepted = await tx.goalHandover.updateMany({
      where: { id: handoverId, toUserId: receiverId, state: "PENDING" },
      data: { state: "ACCEPTED", decidedAt: now },
    });
    const offer = await tx.goalHandover.findFirst({ where: { id: handoverId, toUserId: receiverId }, select: { goalId: true, fromUserId: true } });
    if (accepted.count === 0 || !offer) {
      await handoverSettled(tx, { receiverId, handoverId, repeat: "ACCEPTED" });
      return { goalId: offer?.goalId ?? "" };
    }
    const last = await tx.goal.aggregate({ where: { ownerId: receiverId }, _max: { position: true } });
    const moved = await tx.goal.updateMany({
      where: { id: offer.goalId, ownerId: offer.fromUserId },
      data: { ownerId: receiverId, position: (last._max.position ?? -1) + 1 },
    });
    // Throwing undoes the acceptance too: an offer of a goal its sender no longer owns cannot be taken.
    if (moved.count === 0) throw new AppError("CONFLICT", "This goal is no longer theirs to hand over.");
    await recordNewOwner(tx, { goalId: offer.goalId, fromUserId: offer.fromUserId, receiverId, now });
    await tx.goalHandover.updateMany({
      where: { goalId: offer.goalId, state: "PENDING", id: { not: handoverId } },
      data: { state: "CANCELLED", decidedAt: now },
    });
    return { goalId: offer.goalId };
  });
}
