// The benchmark's data: authors, their updates and the words in them, the same on every run and
// for every engine (a seeded generator), made chunk by chunk so ten years of updates never sit in
// memory at once. Words follow a skewed distribution, as in real writing: a few very common, a
// long tail of rare ones.

export type BenchSizes = { authors: number; updates: number; words: number; searches: number };

const VOCABULARY = (
  "the and to of we I a in for on with team review release service customer migration billing invoice latency " +
  "hiring interview design roadmap launch metrics dashboard incident postmortem rollout database schema api " +
  "onboarding budget forecast contract vendor security audit compliance privacy retention churn pricing " +
  "experiment cohort funnel conversion search index cache queue worker deploy pipeline staging production " +
  "kubernetes terraform alerting oncall runbook backlog sprint planning estimate scope deadline milestone " +
  "stakeholder approval feedback mentoring promotion offsite workshop training documentation handbook " +
  "accessibility localisation mobile android ios desktop browser performance memory storage bandwidth " +
  "replication failover backup restore encryption certificate gateway partner integration webhook export " +
  "import reconciliation ledger payout refund dispute fraud risk model evaluation dataset labelling " +
  "annotation prototype usability research survey interview persona journey wireframe mockup figma " +
  "quarterly annual review calibration headcount recruiter pipeline referral candidate offer relocation " +
  "zeppelin tangerine marathon harbour lantern quartz meridian obsidian saffron juniper cobalt"
).split(" ");

/** A small deterministic generator (mulberry32), so every engine gets the same corpus. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word, the common ones far more often than the rare ones. */
const skewedWord = (random: () => number) => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.5)]!;

const DAY_MS = 24 * 60 * 60 * 1000;
const FIRST_DUE = Date.parse("2016-11-25T15:00:00Z");
const CHUNK = 2_000;

type Row = { authorId: string; updateId: string; dueAt: string; state: "SENT" | "SKIPPED"; body: string };

function* rows({ authors, updates, words }: BenchSizes): Generator<Row> {
  const random = generator(42);
  for (let a = 0; a < authors; a += 1) {
    for (let u = 0; u < updates; u += 1) {
      const body = Array.from({ length: words }, () => skewedWord(random)).join(" ");
      const dueAt = new Date(FIRST_DUE + u * 14 * DAY_MS).toISOString();
      yield { authorId: `bench-author-${a}`, updateId: `bench-update-${a}-${u}`, dueAt, state: random() < 0.04 ? "SKIPPED" : "SENT", body };
    }
  }
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

export type BenchCorpus = {
  searches: { authorId: string; query: string }[];
  sqliteInserts: () => Generator<string>;
  postgresInserts: () => Generator<{ sql: string; values: unknown[] }>;
};

/** What people look for: mostly one word, common or rare, sometimes two. */
function searches({ authors, searches: count }: BenchSizes): { authorId: string; query: string }[] {
  const random = generator(7);
  return Array.from({ length: count }, () => {
    const authorId = `bench-author-${Math.floor(random() * authors)}`;
    const pick = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
    return { authorId, query: random() < 0.2 ? `${pick()} ${pick()}` : pick() };
  });
}

export function benchCorpus(sizes: BenchSizes): BenchCorpus {
  const authorIds = Array.from({ length: sizes.authors }, (_, a) => `bench-author-${a}`);
  return {
    searches: searches(sizes),
    *sqliteInserts() {
      for (const chunk of chunks(authorIds, CHUNK)) {
        yield `INSERT INTO "User" ("id", "email") VALUES ${chunk.map((id) => `(${quote(id)}, ${quote(`${id}@example.com`)})`).join(",")};`;
      }
      for (const chunk of chunks(rows(sizes), CHUNK)) {
        const updates = chunk.map((r) => `(${quote(r.updateId)}, ${quote(r.authorId)}, ${quote(r.dueAt)}, ${quote(r.dueAt)}, '${r.state}', '{}', ${quote(r.dueAt)})`);
        const texts = chunk.map((r) => `(${quote(r.updateId)}, ${quote(r.authorId)}, ${quote(r.body)})`);
        yield `INSERT INTO "Update" ("id", "authorId", "cycleStart", "dueAt", "state", "content", "updatedAt") VALUES ${updates.join(",")};
          INSERT INTO "UpdateSearchText" ("updateId", "authorId", "body") VALUES ${texts.join(",")};`;
      }
    },
    *postgresInserts() {
      yield { sql: `INSERT INTO "User" ("id", "email") SELECT id, id || '@example.com' FROM unnest($1::text[]) AS id`, values: [authorIds] };
      for (const chunk of chunks(rows(sizes), CHUNK * 5)) {
        const column = <K extends keyof Row>(key: K) => chunk.map((r) => r[key]);
        yield {
          sql: `INSERT INTO "Update" ("id", "authorId", "cycleStart", "dueAt", "state", "content", "updatedAt")
            SELECT id, author, due::timestamp, due::timestamp, state::"UpdateState", '{}'::jsonb, due::timestamp
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(id, author, due, state)`,
          values: [column("updateId"), column("authorId"), column("dueAt"), column("state")],
        };
        yield {
          sql: `INSERT INTO "UpdateSearchText" ("updateId", "authorId", "body") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
          values: [column("updateId"), column("authorId"), column("body")],
        };
      }
    },
  };
}
