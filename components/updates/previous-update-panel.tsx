import { PART_LABELS } from "@/lib/content/document";
import { formatDate } from "@/lib/schedule/format";
import { ContextPanel } from "./context-panel";

type PreviousText = { goalId: string; doing: string; needHelp: string; progress: string };

export type PreviousUpdatePanelProps = {
  /** The goals of the update being written, in its order. */
  goals: { goalId: string; title: string }[];
  /** The author's last sent update, as stored when it went out. */
  previous: { sentAt: Date; sections: PreviousText[] };
  timeZone: string;
};

const MUTED = "text-sm italic text-zinc-500 dark:text-zinc-400";

function GoalLastTime({ title, text }: { title: string; text: PreviousText | undefined }) {
  const parts = text
    ? ([
        [PART_LABELS.doing, text.doing],
        [PART_LABELS.help, text.needHelp],
        [PART_LABELS.progress, text.progress],
      ] as const).filter(([, words]) => words.trim() !== "")
    : [];
  return (
    <li className="space-y-2">
      <h3 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{title}</h3>
      {!text ? (
        <p className={MUTED}>New this cycle</p>
      ) : parts.length === 0 ? (
        <p className={MUTED}>Nothing last time</p>
      ) : (
        <dl className="space-y-2">
          {parts.map(([label, words]) => (
            <div key={label}>
              <dt className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{label}</dt>
              {/* Plain text as stored: React escapes it, and line breaks stay where the author put them. */}
              <dd className="whitespace-pre-line break-words text-sm text-zinc-700 dark:text-zinc-300">{words}</dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}

function LastTimeList({ goals, previous }: Omit<PreviousUpdatePanelProps, "timeZone">) {
  const byGoal = new Map(previous.sections.map((section) => [section.goalId, section]));
  return (
    <ul className="space-y-5">
      {goals.map((goal) => (
        <GoalLastTime key={goal.goalId} title={goal.title} text={byGoal.get(goal.goalId)} />
      ))}
    </ul>
  );
}

/**
 * What the author wrote last time, goal by goal, to read while writing this cycle's update. It is
 * read-only and offers no way to copy: every word of the new update is written afresh.
 * Phones get it folded above the editor; wide screens keep it open in a column beside it.
 */
export function PreviousUpdatePanel({ goals, previous, timeZone }: PreviousUpdatePanelProps) {
  return (
    <ContextPanel label="Your previous update" title={`Last time (sent ${formatDate(previous.sentAt, timeZone)})`}>
      <LastTimeList goals={goals} previous={previous} />
    </ContextPanel>
  );
}
