import type { SaveStatus } from "./autosave-controller";

/** "14:02" (or "2:02 PM"), in the reader's own locale and time zone. */
export const clockTime = (at: Date) => new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }).format(at);

/** What the author reads about their text's safety, in a few words. */
export function describeSaveStatus(status: SaveStatus): string {
  switch (status.kind) {
    case "saved":
      return status.at ? `Saved at ${clockTime(status.at)}` : "All changes saved";
    case "saving":
      return "Saving…";
    case "offline":
      return status.keptOnDevice ? "Offline — kept on this device" : "Offline — keep this tab open";
    case "error":
      return `Not saved: ${status.reason}`;
    case "conflict":
      return status.locked ? "Not saved: this update is locked" : "Not saved: changed elsewhere";
  }
}

const tone: Record<SaveStatus["kind"], string> = {
  saved: "text-zinc-500 dark:text-zinc-400",
  saving: "text-zinc-500 dark:text-zinc-400",
  offline: "text-amber-700 dark:text-amber-300",
  error: "text-red-700 dark:text-red-300",
  conflict: "text-red-700 dark:text-red-300",
};

export function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <p role="status" aria-live="polite" className={`min-w-0 truncate text-xs ${tone[status.kind]}`}>
      {describeSaveStatus(status)}
    </p>
  );
}
