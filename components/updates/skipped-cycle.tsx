import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/notice";

export type SkippedCycleProps = {
  reason: string;
  /** The author's line to the boss, if they sent one. */
  note: string | null;
  /** Who the note went to, as it was addressed ("Grace Hopper"). */
  noteTo: string | null;
  /** Where the note stands: "Sent Fri 27 Nov 2026, 16:00", "Waiting to send", "Not delivered: …". */
  noteStatus: string | null;
};

/** A skipped cycle in the history: why, and what the boss was told. */
export function SkippedCycle({ reason, note, noteTo, noteStatus }: SkippedCycleProps) {
  return (
    <Card className="space-y-4 text-sm">
      <div className="flex items-center gap-3">
        <Badge>Skipped</Badge>
      </div>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Reason</dt>
        <dd className="break-words">{reason}</dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Note</dt>
        <dd className="break-words">
          {note ? (
            <>
              <span>
                To {noteTo ?? "your boss"}: “{note}”
              </span>
              {noteStatus ? <span className="block text-zinc-600 dark:text-zinc-400">{noteStatus}</span> : null}
            </>
          ) : (
            "No note was sent."
          )}
        </dd>
      </dl>
    </Card>
  );
}
