export type ShownDueTime = {
  /** ISO instant, for the <time> element. */
  at: string;
  /** "Fri 27 Nov 2026, 16:00", in the author's zone. */
  label: string;
  /** Falls inside a pause: no reminders or nudges for it. */
  paused: boolean;
};

type Props = { dueTimes: ShownDueTime[]; zoneName: string; calendarHref: string };

/** The next due times as the schedule stands, and the calendar file that holds them all. */
export function NextDue({ dueTimes, zoneName, calendarHref }: Props) {
  return (
    <section aria-labelledby="next-due-heading" className="space-y-3">
      <div className="space-y-1">
        <h2 id="next-due-heading" className="text-base font-semibold">Next due</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">In your time zone, {zoneName}.</p>
      </div>
      <ol aria-labelledby="next-due-heading" className="space-y-1 text-sm">
        {dueTimes.map((due) => (
          <li key={due.at} className="flex flex-wrap items-baseline gap-x-2">
            <time dateTime={due.at} className="font-medium tabular-nums">{due.label}</time>
            {due.paused ? <span className="text-xs text-zinc-600 dark:text-zinc-400">paused: no reminders</span> : null}
          </li>
        ))}
      </ol>
      <p className="text-sm">
        <a href={calendarHref} download="biweekly.ics" className="font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300">
          Add to my calendar (.ics)
        </a>
        <span className="text-zinc-600 dark:text-zinc-400"> · an hour to write, ending at each due time</span>
      </p>
    </section>
  );
}
