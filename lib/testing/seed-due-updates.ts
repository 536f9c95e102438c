// Fills an outbox for tests and the delivery benchmark: many authors, each with one approved
// update whose message is queued and due. Rows go in with createMany, in chunks small enough for
// SQLite's limit on bound values.
import type { PrismaClient } from "@prisma/client";
import { toDeliverySnapshot } from "@/lib/delivery/delivery-snapshot";
import type { OutgoingMessage } from "@/lib/delivery/message";

export type SeedDueUpdatesOptions = {
  db: Pick<PrismaClient, "user" | "update" | "delivery">;
  count: number;
  dueAt: Date;
  /** Keeps the ids of several seedings in one database apart. */
  prefix?: string;
};

const CHUNK = 500;

/** An update about the size of a real one: three goals, a few sentences each. */
export function sampleUpdateMessage(author: string, messageId: string): OutgoingMessage {
  const goals = ["Ship the billing migration", "Hire a second SRE", "Cut p95 latency below 200 ms"];
  const paragraph = "This cycle I moved the last two services over and wrote the rollback notes. ".repeat(4);
  return {
    from: { name: author, address: "updates@biweekly.example.com" },
    replyTo: { name: author, address: `${author.toLowerCase().replace(/\W+/g, ".")}@example.com` },
    to: [{ name: "Grace Hopper", address: "grace@example.com" }],
    cc: [{ name: "Alan Turing", address: "alan@example.com" }],
    subject: `Biweekly update from ${author}: 27 Nov 2026`,
    text: goals.map((goal) => `${goal}\nWhat I'm doing\n${paragraph}\nWhere I need help\nNothing this time.`).join("\n\n"),
    html: goals.map((goal) => `<h2>${goal}</h2><h3>What I&#39;m doing</h3><p>${paragraph}</p><h3>Where I need help</h3><p>Nothing this time.</p>`).join(""),
    messageId,
  };
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await insert(rows.slice(start, start + CHUNK));
}

/** Returns the Message-IDs of the queued messages, in the order they were created. */
export async function seedDueUpdates({ db, count, dueAt, prefix = "seed" }: SeedDueUpdatesOptions): Promise<string[]> {
  const cycleStart = new Date(dueAt.getTime() - 14 * 24 * 60 * 60_000);
  const authors = Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i}`, name: `Author ${prefix} ${i}` }));
  await inChunks(authors, (chunk) =>
    db.user.createMany({ data: chunk.map(({ id, name }) => ({ id, name, email: `${id}@example.com` })) }),
  );
  await inChunks(authors, (chunk) =>
    db.update.createMany({
      data: chunk.map(({ id }) => ({ id, authorId: id, cycleStart, dueAt, state: "APPROVED" as const, approvedAt: dueAt, content: {} })),
    }),
  );
  const messages = authors.map(({ id, name }) => ({ id, message: sampleUpdateMessage(name, `<update-${id}@biweekly.example.com>`) }));
  await inChunks(messages, (chunk) =>
    db.delivery.createMany({
      data: chunk.map(({ id, message }) => ({
        userId: id,
        updateId: id,
        kind: "UPDATE" as const,
        idempotencyKey: `update:${id}`,
        nextAttemptAt: dueAt,
        ...toDeliverySnapshot(message),
      })),
    }),
  );
  return messages.map(({ message }) => message.messageId);
}
