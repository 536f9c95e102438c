import Link from "next/link";

export type SpreadThinNoticeProps = { activeGoals: number; threshold: number };

/** More goals than the author chose to carry at once: said once, calmly, with the way to change the number. */
export function SpreadThinNotice({ activeGoals, threshold }: SpreadThinNoticeProps) {
  return (
    <section
      aria-labelledby="spread-thin"
      className="space-y-1 rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <h2 id="spread-thin" className="font-semibold">
        Spread thin?
      </h2>
      <p>
        You own {activeGoals} active goals, more than the {threshold} you set. Closing or handing over one you no longer drive keeps
        each update sharp.{" "}
        <Link href="/settings#signals" className="font-medium underline">
          Change this number in Settings
        </Link>
      </p>
    </section>
  );
}
