import "server-only";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/schedule/format";

export type DescribeAcknowledgementOptions = { authorId: string; updateId: string };

/** The boss the update was addressed to: the first To of its sent message. */
function addresseeOf(toRecipients: string | undefined): string | null {
  try {
    const [first] = JSON.parse(toRecipients ?? "[]") as { name?: string; address?: string }[];
    return first?.name?.trim() || first?.address || null;
  } catch {
    return null;
  }
}

/** "Acknowledged by Grace Hopper on Fri 27 Nov 2026, 16:05", or null while not acknowledged. */
export async function describeAcknowledgement({ authorId, updateId }: DescribeAcknowledgementOptions): Promise<string | null> {
  const update = await db.update.findFirst({
    where: { id: updateId, authorId, acknowledgedAt: { not: null } },
    select: {
      acknowledgedAt: true,
      author: { select: { timeZone: true } },
      deliveries: { where: { userId: authorId, kind: "UPDATE" }, take: 1, select: { toRecipients: true } },
    },
  });
  if (!update?.acknowledgedAt) return null;
  const boss = addresseeOf(update.deliveries[0]?.toRecipients) ?? "your boss";
  return `Acknowledged by ${boss} on ${formatDateTime(update.acknowledgedAt, update.author.timeZone)}`;
}
