import "server-only";
import type { GoalHandover } from "@prisma/client";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { activeGoalWhere } from "./goal-scope";
import type { OfferHandoverInput } from "./handover-input";

export type OfferHandoverOptions = {
  ownerId: string;
  input: OfferHandoverInput;
  now: Date;
};

// The same answer whether the address is unknown or not yet set up: nobody here can take it.
const NO_SUCH_PERSON = "No one with this address uses Biweekly here yet.";

/**
 * Offers one of the owner's goals to another person of this deployment. Nothing moves until they
 * accept; meanwhile the owner still writes about it and may cancel the offer.
 */
export async function offerHandover({ ownerId, input, now }: OfferHandoverOptions): Promise<GoalHandover> {
  return db.$transaction(async (tx) => {
    const goal = await tx.goal.findFirst({ where: { id: input.goalId, ownerId }, select: { id: true, status: true } });
    if (!goal) throw notFound("Goal");
    const open = await tx.goal.count({ where: { id: goal.id, ownerId, ...activeGoalWhere } });
    if (open === 0) throw new AppError("CONFLICT", "This goal is closed. Reopen it before handing it over.");
    const receiver = await tx.user.findFirst({
      where: { email: input.email, setupCompletedAt: { not: null } },
      select: { id: true },
    });
    if (!receiver) throw new AppError("INVALID_INPUT", NO_SUCH_PERSON, { email: NO_SUCH_PERSON });
    if (receiver.id === ownerId) {
      throw new AppError("INVALID_INPUT", "You already own this goal.", { email: "Enter someone else's address." });
    }
    const waiting = await tx.goalHandover.count({ where: { goalId: goal.id, fromUserId: ownerId, state: "PENDING" } });
    if (waiting > 0) throw new AppError("CONFLICT", "This goal is already waiting to be accepted. Cancel that offer first.");
    return tx.goalHandover.create({
      data: { goalId: goal.id, fromUserId: ownerId, toUserId: receiver.id, note: input.note, createdAt: now },
    });
  });
}
