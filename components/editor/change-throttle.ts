// Reading a long update as JSON and copying it to this device takes milliseconds; doing it on
// every keystroke made typing lag. Changes are taken at most every CHANGE_EVERY_MS instead, and
// at once whenever the page is hidden, closed or the author leaves for the preview.
import type { JSONContent } from "@tiptap/core";

export const CHANGE_EVERY_MS = 150;

type Take = (content: JSONContent) => void;

export class ChangeThrottle {
  private read: (() => JSONContent) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly take: Take) {}

  /** The document changed; `read` gives its current text when it is taken. */
  note(read: () => JSONContent): void {
    this.read = read;
    this.timer ??= setTimeout(() => this.takeNow(), CHANGE_EVERY_MS);
  }

  /** Hands over the latest change now, if there is one not yet taken. */
  takeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const read = this.read;
    this.read = null;
    if (read) this.take(read());
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
