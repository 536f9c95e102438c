import "server-only";
import { db } from "@/lib/db/client";
import { handoverSettled } from "./handover-settled";

export type DeclineHandoverOptions = {
  receiverId: string;
  handoverId: string;
  now: Date;
};

/** Turns an offered goal down; it stays with the person who offered it. */
export async function declineHandover({ receiverId, handoverId, now }: DeclineHandoverOptions): Promise<void> {
  const declined = await db.goalHandover.updateMany({
    where: { id: handoverId, toUserId: receiverId, state: "PENDING" },
    data: { state: "DECLINED", decidedAt: now },
  });
  if (declined.count === 0) await handoverSettled(db, { receiverId, handoverId, repeat: "DECLINED" });
}
