"use client";
import type { TemplateGoal } from "@/lib/content/template";

type MissingGoalsNoticeProps = {
  /** The author's active goals that have no section in the update, in their order. */
  missing: TemplateGoal[];
  onAdd: (goal: TemplateGoal) => void;
};

/**
 * Goals the author added after starting this draft, each with one action that adds its empty
 * section. Goals closed since keep their sections: nothing here removes one.
 */
export function MissingGoalsNotice({ missing, onAdd }: MissingGoalsNoticeProps) {
  if (missing.length === 0) return null;
  return (
    <section
      aria-label="Goals not in this update"
      className="rounded-lg border border-indigo-200 bg-indigo-50 px-4 py-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/60 dark:text-indigo-50"
    >
      <p className="font-medium">{missing.length === 1 ? "A goal you added is not in this update yet" : "Goals you added are not in this update yet"}</p>
      <ul className="mt-2 space-y-2">
        {missing.map((goal) => (
          <li key={goal.id} className="flex flex-wrap items-center justify-between gap-2">
            <span className="min-w-0 break-words">{goal.title}</span>
            <button
              type="button"
              onClick={() => onAdd(goal)}
              aria-label={`Add its section: ${goal.title}`}
              className="rounded-md border border-indigo-300 bg-white px-2.5 py-1 text-sm font-medium text-indigo-900 hover:bg-indigo-100 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-50 dark:hover:bg-indigo-900"
            >
              Add its section
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
