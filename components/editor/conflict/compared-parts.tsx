import type { PartComparison } from "@/lib/updates/compare-update-copies";
import { VersionText } from "./version-text";

type ComparedPartsProps = { parts: PartComparison[]; mineLabel: string; savedLabel: string };

const partName = (part: PartComparison) => part.name;
const partKey = (part: PartComparison) => `${part.goalId}:${part.kind}`;

/** Each part that differs, both copies side by side (stacked on a phone); the parts that match, folded. */
export function ComparedParts({ parts, mineLabel, savedLabel }: ComparedPartsProps) {
  const differing = parts.filter((part) => !part.same);
  const unchanged = parts.filter((part) => part.same);
  return (
    <div className="space-y-3">
      <ul className="space-y-3" aria-label="Parts that differ">
        {differing.map((part) => (
          <li key={partKey(part)} className="rounded-lg border-2 border-amber-400 bg-amber-100/60 p-3 dark:border-amber-600 dark:bg-amber-900/30">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="text-sm font-semibold">{partName(part)}</h3>
              <span className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-700 dark:text-amber-50">Differs</span>
            </div>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              <VersionText label={mineLabel} text={part.mine} />
              <VersionText label={savedLabel} text={part.saved} />
            </div>
          </li>
        ))}
      </ul>
      {unchanged.length > 0 ? (
        <details className="rounded-lg border border-amber-200 bg-white/60 px-3 py-2 dark:border-amber-900 dark:bg-zinc-900/60">
          <summary className="cursor-pointer text-sm font-medium">
            {unchanged.length === 1 ? "1 part is the same in both" : `${unchanged.length} parts are the same in both`}
          </summary>
          <dl className="mt-2 space-y-2">
            {unchanged.map((part) => (
              <div key={partKey(part)}>
                <dt className="text-xs font-medium text-zinc-600 dark:text-zinc-300">{partName(part)}</dt>
                <dd className="text-sm break-words whitespace-pre-wrap">{part.saved || "(empty)"}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
