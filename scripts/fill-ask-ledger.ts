// Fills the help ledger from the updates sent before it existed, once per author (an author who
// already has a ledger is left alone, so running it twice changes nothing). Run it once after
// deploying the migration that adds the ledger, against the DATABASE_URL of the deployment:
//   npm run db:fill-asks
// Under that condition the "server-only" marker lib/ imports resolves to an empty module.
import { fillLedgerFromHistory } from "@/lib/asks/fill-ledger-from-history";
import { db } from "@/lib/db/client";

async function main(): Promise<void> {
  const authors = await db.user.findMany({ where: { updates: { some: { state: "SENT" } } }, select: { id: true } });
  let entries = 0;
  for (const author of authors) entries += await fillLedgerFromHistory({ authorId: author.id });
  console.log(`help ledger: ${entries} asks recorded for ${authors.length} authors with sent updates`);
  await db.$disconnect();
}

void main();
