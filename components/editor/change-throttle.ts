// Reading a long update as JSON and copying it to this device takes milliseconds; doing it on
// every keystroke made typing lag. Changes are taken at most every CHANGE_EVERY_MS, in a moment
// when the browser is idle between keystrokes (or after IDLE_WAIT_MS at the latest), and at once
// whenever the page is hidden, closed or the author leaves for the preview.
import type { JSONContent } from "@tiptap/core";

export const CHANGE_EVERY_MS = 150;
const IDLE_WAIT_MS = 1_000;

type Take = (content: JSONContent) => void;
type Cancel = () => void;

// Reading a 5,000-word update takes about this long on a slow phone: a shorter idle moment is left
// to the next keystroke.
const IDLE_ENOUGH_MS = 12;

/** Runs `work` when the browser is idle long enough, where it can tell; otherwise on the next turn. */
function whenIdle(work: () => void): Cancel {
  if (typeof requestIdleCallback === "function") {
    const waitUntil = Date.now() + IDLE_WAIT_MS;
    let handle = 0;
    const attempt = (deadline: IdleDeadline) => {
      if (deadline.timeRemaining() >= IDLE_ENOUGH_MS || deadline.didTimeout || Date.now() >= waitUntil) work();
      else handle = requestIdleCallback(attempt, { timeout: Math.max(1, waitUntil - Date.now()) });
    };
    handle = requestIdleCallback(attempt, { timeout: IDLE_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}

export class ChangeThrottle {
  private read: (() => JSONContent) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: Cancel | null = null;

  /** `onPending` hears of every change before it is taken, so nothing reads "Saved" meanwhile; it must be cheap. */
  constructor(
    private readonly take: Take,
    private readonly onPending: () => void = () => {},
  ) {}

  /** The document changed; `read` gives its current text when it is taken. */
  note(read: () => JSONContent): void {
    this.onPending();
    this.read = read;
    if (this.timer !== undefined || this.cancelIdle) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.cancelIdle = whenIdle(() => this.takeNow());
    }, CHANGE_EVERY_MS);
  }

  /** Whether a change is waiting to be taken. */
  get waiting(): boolean {
    return this.read !== null;
  }

  /** Hands over the latest change now, if there is one not yet taken. */
  takeNow(): void {
    this.cancel();
    const read = this.read;
    this.read = null;
    if (read) this.take(read());
  }

  dispose(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }
}
