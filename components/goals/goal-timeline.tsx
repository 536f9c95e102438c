import Link from "next/link";
import { Badge } from "@/components/ui/notice";
import { CYCLE_STATUS_LABELS, PART_LABELS, type CycleStatus } from "@/lib/content/document";

type Cycle = { updateId: string; dueLabel: string; authorName: string; /** Opens the viewer's own copy of the update. */ href: string | null };

export type TimelineEntryView =
  | (Cycle & { kind: "written"; sentLabel: string; status: CycleStatus | null; doing: string; needHelp: string; progress: string; noProgress: boolean })
  | (Cycle & { kind: "skipped"; skipReason: string | null })
  | (Cycle & { kind: "left-out"; sentLabel: string });

const STATUS_TONES = { ON_TRACK: "success", AT_RISK: "warning", OFF_TRACK: "error" } as const;

function Part({ label, text }: { label: string; text: string }) {
  return (
    <div className="space-y-0.5">
      <dt className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{label}</dt>
      <dd className={text ? "text-sm whitespace-pre-line break-words" : "text-sm text-zinc-500 italic dark:text-zinc-400"}>
        {text || "(nothing this time)"}
      </dd>
    </div>
  );
}

function Heading({ entry }: { entry: TimelineEntryView }) {
  const title = `Update due ${entry.dueLabel}`;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h3 className="text-sm font-semibold">{entry.href ? <Link href={entry.href} className="hover:underline">{title}</Link> : title}</h3>
      {entry.kind === "written" ? (
        entry.status ? <Badge tone={STATUS_TONES[entry.status]}>{CYCLE_STATUS_LABELS[entry.status]}</Badge> : <Badge>Status not set</Badge>
      ) : null}
      {entry.kind === "written" && entry.noProgress ? <Badge tone="warning">No progress</Badge> : null}
      {entry.kind === "skipped" ? <Badge>Skipped</Badge> : null}
      {entry.kind === "left-out" ? <Badge>Not in this update</Badge> : null}
    </div>
  );
}

function Body({ entry }: { entry: TimelineEntryView }) {
  if (entry.kind === "skipped") {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{entry.authorName} skipped this cycle{entry.skipReason ? `: ${entry.skipReason}` : "."}</p>;
  }
  if (entry.kind === "left-out") {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Sent {entry.sentLabel} by {entry.authorName}, without a section for this goal.</p>;
  }
  return (
    <>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">Sent {entry.sentLabel} by {entry.authorName}</p>
      <dl className="space-y-2">
        <Part label={PART_LABELS.doing} text={entry.doing} />
        <Part label={PART_LABELS.help} text={entry.needHelp} />
        <Part label={PART_LABELS.progress} text={entry.progress} />
      </dl>
    </>
  );
}

/** The goal across every update, newest first; quiet cycles are marked rather than left out. */
export function GoalTimeline({ entries }: { entries: TimelineEntryView[] }) {
  return (
    <section aria-labelledby="goal-timeline-heading" className="space-y-3">
      <h2 id="goal-timeline-heading" className="text-base font-semibold">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No update about this goal has been sent yet. Each one you send appears here.</p>
      ) : (
        <ol aria-label="Timeline" className="space-y-3 border-l-2 border-zinc-200 pl-4 dark:border-zinc-800">
          {entries.map((entry) => (
            <li key={entry.updateId} className="space-y-2 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
              <Heading entry={entry} />
              <Body entry={entry} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
