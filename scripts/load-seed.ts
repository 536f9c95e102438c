// Authors for the load scripts (soak, bench), made through the app's own domain functions on the
// database DATABASE_URL names: each is set up, owns three goals, has this cycle's draft open and a
// session (a database session row; its token is the cookie a browser would send). With
// LOAD_HISTORY_AUTHORS > 0, a history corpus is written first (scripts/bench-search-corpus.ts:
// that many authors with 260 sent updates each) and the first author here is its first author.
// Runs in its own process, because the Prisma client it loads is the one generated for this
// engine: `tsx --conditions=react-server scripts/load-seed.ts <out.json>`.
import { writeFileSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import pg from "pg";
import { db } from "@/lib/db/client";
import { databaseEngine, postgresConfig } from "@/lib/db/engine";
import { createGoal } from "@/lib/goals/create-goal";
import { openCurrentUpdate } from "@/lib/updates/open-current-update";
import { saveSetup } from "@/lib/users/save-setup";
import { benchCorpus } from "./bench-search-corpus";
import type { LoadAuthor } from "./load-servers";

const AUTHORS = Number(process.env.LOAD_AUTHORS ?? 200);
const HISTORY_AUTHORS = Number(process.env.LOAD_HISTORY_AUTHORS ?? 0);
const GOALS = ["Move billing to the new queue", "Halve the importer's run time", "Mentor the two new engineers"];
const DAY_MS = 24 * 60 * 60 * 1000;

/** A Friday at least a week ahead, so no reminder falls due while the load runs. */
function firstDueFriday(now: Date): string {
  const day = new Date(now.getTime() + 7 * DAY_MS);
  day.setUTCDate(day.getUTCDate() + ((5 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

async function writeHistoryCorpus(url: string): Promise<void> {
  const corpus = benchCorpus({ authors: HISTORY_AUTHORS, updates: 260, words: 90, searches: 0 });
  if (databaseEngine(url).provider === "sqlite") {
    const connection = await new PrismaBetterSqlite3({ url }).connect();
    for (const script of corpus.sqliteInserts()) await connection.executeScript(script);
    await connection.dispose();
    return;
  }
  const client = new pg.Client(postgresConfig(url));
  await client.connect();
  for (const { sql, values } of corpus.postgresInserts()) await client.query(sql, values);
  await client.query("ANALYZE");
  await client.end();
}

async function seedAuthor(index: number, now: Date): Promise<LoadAuthor> {
  const id = index === 0 && HISTORY_AUTHORS > 0 ? "bench-author-0" : undefined;
  const email = `load-author-${index}@example.test`;
  const user = id
    ? await db.user.update({ where: { id }, data: { email } })
    : await db.user.create({ data: { email } });
  await saveSetup({
    userId: user.id,
    now,
    input: {
      name: `Load Author ${index}`,
      timeZone: "Europe/Berlin",
      bossName: "Grace Hopper",
      bossEmail: "grace@example.test",
      skipName: "Alan Turing",
      skipEmail: "alan@example.test",
      intervalWeeks: 2,
      weekday: 5,
      localTime: "16:00",
      firstDueDate: firstDueFriday(now),
    },
  });
  for (const title of GOALS) await createGoal({ ownerId: user.id, input: { title, description: "", targetDate: null }, now });
  const { id: updateId } = await openCurrentUpdate({ authorId: user.id, now });
  const update = await db.update.findUniqueOrThrow({ where: { id: updateId }, select: { content: true, version: true } });
  const sessionToken = `load-session-${index}-${crypto.randomUUID()}`;
  await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(now.getTime() + 30 * DAY_MS) } });
  return { authorId: user.id, updateId, version: update.version, template: update.content, cookie: `next-auth.session-token=${sessionToken}` };
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: load-seed.ts <out.json>");
  const url = databaseEngine(process.env.DATABASE_URL).url;
  if (HISTORY_AUTHORS > 0) await writeHistoryCorpus(url);
  const now = new Date();
  const authors: LoadAuthor[] = [];
  // A few at a time: quick on PostgreSQL, and within SQLite's one writer.
  for (let start = 0; start < AUTHORS; start += 10) {
    const batch = Array.from({ length: Math.min(10, AUTHORS - start) }, (_, i) => seedAuthor(start + i, now));
    authors.push(...(await Promise.all(batch)));
  }
  writeFileSync(out, JSON.stringify(authors));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
