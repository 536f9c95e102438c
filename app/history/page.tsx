import type { Metadata } from "next";
import { ExportLinks } from "@/components/export/export-links";
import { HistoryFilters } from "@/components/history/history-filters";
import { HistoryQuarters } from "@/components/history/history-quarters";
import { SearchResults } from "@/components/history/search-results";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { searchUpdates } from "@/lib/search/search-updates";
import { groupByQuarter, listedAmong, listHistory, listHistoryGoals, type HistoryEntry, type HistoryFilter } from "@/lib/updates/list-history";
import { parseHistoryParams, type HistoryParams } from "./history-params";

export const metadata: Metadata = { title: "History" };

/** The newest matches shown; a search that finds more says so. */
const SEARCH_LIMIT = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One line on where the entry stands: when it went, why it was skipped, or what it waits for. */
function entryLine(entry: HistoryEntry, zone: string, at: Date): string {
  if (entry.state === "SKIPPED") return `Skipped: ${entry.skipReason ?? "no reason given"}`;
  if (entry.sentAt && entry.acknowledgedAt) {
    return `Sent ${formatDateTime(entry.sentAt, zone)} · acknowledged ${formatDateTime(entry.acknowledgedAt, zone)}`;
  }
  if (entry.sentAt) return `Sent ${formatDateTime(entry.sentAt, zone)}`;
  if (entry.lastError) return entry.lastError;
  if (entry.sendsAt && entry.sendsAt > at) return `Scheduled for ${formatDateTime(entry.sendsAt, zone)}`;
  return "On its way; retried automatically until it goes out";
}

const scheduled = (entry: HistoryEntry, at: Date) => !entry.lastError && entry.sendsAt !== null && entry.sendsAt > at;

function quarterViews(entries: HistoryEntry[], zone: string, at: Date) {
  return groupByQuarter(entries, zone).map((quarter) => ({
    label: quarter.label,
    rows: quarter.entries.map((entry) => ({
      id: entry.id,
      title: `Update due ${formatDayDate(entry.dueAt, zone)}`,
      state: entry.state,
      late: entry.late,
      scheduled: scheduled(entry, at),
      line: entryLine(entry, zone, at),
    })),
  }));
}

/** The matches the history would list under the other filters. */
async function Matches({ authorId, params, filter, zone }: { authorId: string; params: HistoryParams; filter: HistoryFilter; zone: string }) {
  const found = await searchUpdates({ authorId, query: params.q ?? "", limit: SEARCH_LIMIT });
  const listed = await listedAmong({ authorId, timeZone: zone, filter, ids: found.map((result) => result.updateId) });
  const results = found.filter((result) => listed.has(result.updateId));
  if (results.length === 0) return <NoMatch />;
  const views = results.map((r) => ({ updateId: r.updateId, title: `Update due ${formatDayDate(r.dueAt, zone)}`, state: r.state, snippet: r.snippet }));
  return <SearchResults query={params.q ?? ""} results={views} capped={found.length === SEARCH_LIMIT} />;
}

function NoMatch() {
  return (
    <Card className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300" role="status">
      <p className="font-medium">No updates match.</p>
      <p>Try another word, or fewer filters: every word you search for must be in the same update.</p>
      <LinkButton href="/history" variant="secondary">
        Show all updates
      </LinkButton>
    </Card>
  );
}

export default async function HistoryPage({ searchParams }: Props) {
  const user = await requireSetUpUser();
  const zone = user.timeZone;
  const { params, problems } = parseHistoryParams(await searchParams);
  const filter = { goalId: params.goal, state: params.state, from: params.from, to: params.to };
  // A search lists its matches only: the cycles it does not show are not read.
  const [entries, goals] = await Promise.all([
    params.q ? [] : listHistory({ authorId: user.id, timeZone: zone, filter }),
    listHistoryGoals({ authorId: user.id }),
  ]);
  const filtered = Object.values(params).some((value) => value !== undefined);
  const quarters = quarterViews(entries, zone, now());
  return (
    <div className="space-y-6">
      <PageHeader title="History" description="Every cycle, by quarter, newest first: the updates you sent, exactly as they went out, and the cycles you skipped." />
      {problems.length > 0 ? (
        <Notice tone="warning" title="Some filters in this link were not understood, so all updates are shown">
          <ul className="list-disc pl-5">{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </Notice>
      ) : null}
      {entries.length === 0 && !filtered ? (
        <Card className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
          <p>Nothing sent yet. Your sent updates will collect here, one every cycle: your own record of what you did and asked for.</p>
          <LinkButton href="/write">Write your update</LinkButton>
        </Card>
      ) : (
        <>
          <HistoryFilters values={params} goals={goals} />
          {params.q ? (
            <Matches authorId={user.id} params={params} filter={filter} zone={zone} />
          ) : entries.length === 0 ? (
            <NoMatch />
          ) : (
            <HistoryQuarters quarters={quarters} />
          )}
        </>
      )}
      <Card className="mt-8">
        <ExportLinks />
      </Card>
    </div>
  );
}
