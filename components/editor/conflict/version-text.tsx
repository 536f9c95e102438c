import { useId } from "react";

/** One copy's words for one part, read-only and as plain text: nothing here is rendered as markup. */
export function VersionText({ label, text }: { label: string; text: string | null }) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="min-w-0 rounded-md border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-900">
      <p id={labelId} className="text-xs font-medium text-zinc-600 dark:text-zinc-300">
        {label}
      </p>
      {text ? (
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-900 dark:text-zinc-100">{text}</p>
      ) : (
        <p className="mt-1 text-sm text-zinc-500 italic dark:text-zinc-400">{text === null ? "(this goal is not in this version)" : "(empty)"}</p>
      )}
    </div>
  );
}
