export type OwnershipView = { ownerName: string; sinceLabel: string; untilLabel: string | null };

/** "Owned by A until 12 Nov 2026, then B": who answered for the goal when. */
export function GoalOwners({ owners }: { owners: OwnershipView[] }) {
  if (owners.length < 2) return null;
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400">
      {owners.map((owner, index) => (
        <span key={`${owner.ownerName}-${owner.sinceLabel}`}>
          {index === 0 ? "Owned by " : ", then "}
          <span className="font-medium text-zinc-800 dark:text-zinc-200">{owner.ownerName}</span>
          {owner.untilLabel ? ` until ${owner.untilLabel}` : ` since ${owner.sinceLabel}`}
        </span>
      ))}
      .
    </p>
  );
}
