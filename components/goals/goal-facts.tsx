/** Who owns the goal and when it is due, as one line of facts. */
export function GoalFacts({ ownerName, targetLabel, targetPassed = false }: { ownerName: string; targetLabel: string | null; targetPassed?: boolean }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <div className="flex gap-1">
        <dt>Owner:</dt>
        <dd className="font-medium text-zinc-800 dark:text-zinc-200">{ownerName}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Target date:</dt>
        <dd className={targetPassed ? "font-medium text-amber-700 dark:text-amber-300" : "text-zinc-800 dark:text-zinc-200"}>
          {targetLabel ?? "None set"}
          {targetPassed ? " (passed)" : null}
        </dd>
      </div>
    </dl>
  );
}
