import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

export type HistoryFilterValues = { q?: string; goal?: string; state?: string; from?: string; to?: string };

const STATE_OPTIONS = [
  { value: "", label: "Any state" },
  { value: "on-time", label: "Sent on time" },
  { value: "late", label: "Sent late" },
  { value: "skipped", label: "Skipped" },
  { value: "failed", label: "Not delivered" },
  { value: "waiting", label: "Waiting to send" },
];

/**
 * Search and filters as a plain GET form: the address holds them, so a search can be bookmarked
 * or shared, and it works before any script loads.
 */
export function HistoryFilters({ values, goals }: { values: HistoryFilterValues; goals: { id: string; title: string }[] }) {
  const goalOptions = [{ value: "", label: "Any goal" }, ...goals.map((goal) => ({ value: goal.id, label: goal.title }))];
  const filtered = Object.values(values).some((value) => value);
  return (
    <form role="search" aria-label="Search and filter your history" method="get" action="/history" className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <TextField label="Search your updates" name="q" type="search" defaultValue={values.q ?? ""} placeholder="Any word you wrote" />
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField label="Goal" name="goal" defaultValue={values.goal ?? ""} options={goalOptions} />
        <SelectField label="State" name="state" defaultValue={values.state ?? ""} options={STATE_OPTIONS} />
        <TextField label="Due from" name="from" type="date" defaultValue={values.from ?? ""} />
        <TextField label="Due until" name="to" type="date" defaultValue={values.to ?? ""} />
      </div>
      <div className="flex gap-3">
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
        {filtered ? (
          <Link href="/history" className={buttonClass("ghost")}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
