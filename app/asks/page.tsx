import type { Metadata } from "next";
import { OpenAskList, ResolvedAskList, type ShownAsk } from "@/components/asks/ask-ledger";
import { Card, PageHeader } from "@/components/ui/card";
import { askAge } from "@/lib/asks/ask-age";
import { listLedger, type LedgerEntry } from "@/lib/asks/list-ledger";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { formatDate } from "@/lib/schedule/format";
import { reopenAskAction, resolveAskAction } from "./actions";

export const metadata: Metadata = { title: "Asks" };

function shown(entry: LedgerEntry, zone: string, at: Date): ShownAsk {
  return {
    id: entry.id,
    goalTitle: entry.goalTitle,
    text: entry.text,
    firstAsked: formatDate(entry.firstAskedAt, zone),
    age: askAge(entry.firstAskedAt, entry.resolvedAt ?? at),
    timesAsked: entry.timesAsked,
    resolved: entry.resolvedAt ? formatDate(entry.resolvedAt, zone) : undefined,
    resolutionNote: entry.resolutionNote,
  };
}

export default async function AsksPage() {
  const user = await requireSetUpUser();
  const at = now();
  const { open, resolved } = await listLedger({ authorId: user.id });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Asks" description="Everything you asked for help with in your sent updates, until you mark it resolved." />
      <section aria-labelledby="open-asks">
        <Card className="space-y-4">
          <h2 id="open-asks" className="text-base font-semibold">
            Open ({open.length})
          </h2>
          <OpenAskList asks={open.map((entry) => shown(entry, user.timeZone, at))} resolve={resolveAskAction} />
        </Card>
      </section>
      <section aria-labelledby="resolved-asks">
        <Card className="space-y-4">
          <h2 id="resolved-asks" className="text-base font-semibold">
            Resolved ({resolved.length})
          </h2>
          <ResolvedAskList asks={resolved.map((entry) => shown(entry, user.timeZone, at))} reopen={reopenAskAction} />
        </Card>
      </section>
    </div>
  );
}
