// Autosave for one update: waits for a pause in typing, sends one request at a time with the
// latest text, keeps every unsaved change on this device, and retries when it makes sense.
import type { JSONContent } from "@tiptap/core";
import { clearDraft, writeDraft, type LocalDraft } from "./draft-store";
import { putContent, type SaveResult, type SavedVersion } from "./save-request";

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "offline"; keptOnDevice: boolean }
  | { kind: "error"; reason: string }
  /** `saved`: the newer copy to compare with; `mine`: this tab's text the server refused. */
  | { kind: "conflict"; reason: string; locked: boolean; saved: SavedVersion | null; mine: JSONContent | null };

export const SAVE_DELAY_MS = 700;
const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

const isOffline = () => typeof navigator !== "undefined" && navigator.onLine === false;

export class AutosaveController {
  private version: number;
  private pending: JSONContent | null = null;
  private inFlight: Promise<boolean> | null = null;
  private blocked = false;
  private keptOnDevice = true;
  private attempts = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  status: SaveStatus = { kind: "saved", at: null };

  constructor(
    private readonly updateId: string,
    initialVersion: number,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly send: typeof putContent = putContent,
    /** A save turned an approved update back into a draft: the author must approve it again. */
    private readonly onApprovalWithdrawn: () => void = () => {},
  ) {
    this.version = initialVersion;
  }

  /** Every change: kept on this device at once, sent after a pause in typing. */
  change(content: JSONContent): void {
    this.pending = content;
    if (this.blocked) return this.keepRefused(content);
    this.keptOnDevice = writeDraft(this.updateId, { content, baseVersion: this.version, changedAt: Date.now() });
    this.report(isOffline() ? { kind: "offline", keptOnDevice: this.keptOnDevice } : { kind: "saving" });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** A change is on its way (see `change`): the page no longer reads "Saved". */
  noteUnsaved(): void {
    if (this.status.kind === "saved") this.report({ kind: "saving" });
  }

  /** Sends whatever is unsaved now; true once the server has the latest text. */
  async flush(): Promise<boolean> {
    clearTimeout(this.saveTimer);
    for (;;) {
      if (this.inFlight) {
        if (!(await this.inFlight)) return false;
        continue;
      }
      if (this.blocked) return false;
      if (!this.pending) return true;
      this.inFlight = this.sendPending();
      const ok = await this.inFlight;
      this.inFlight = null;
      if (!ok) return false;
    }
  }

  /**
   * The author compared both copies and chose this tab's text: it is saved over the newer copy,
   * on top of that copy's version, so a copy saved elsewhere since is still refused.
   */
  keepMine(): Promise<boolean> {
    const { status, pending } = this;
    if (status.kind !== "conflict" || !status.saved || !pending) return Promise.resolve(false);
    this.version = status.saved.version;
    this.blocked = false;
    writeDraft(this.updateId, { content: pending, baseVersion: this.version, changedAt: Date.now() });
    clearDraft(this.updateId, "set-aside");
    this.report({ kind: "saving" });
    return this.flush();
  }

  /**
   * The author chose the newer copy: `apply` puts it in the editor. This tab's text stays on the
   * device, set aside, until the author dismisses it; it is returned so the page can offer it.
   */
  useSaved(apply: (content: JSONContent) => void): LocalDraft | null {
    const { status, pending } = this;
    if (status.kind !== "conflict" || !status.saved) return null;
    const mine = pending && { content: pending, baseVersion: status.saved.version, changedAt: Date.now() };
    this.version = status.saved.version;
    this.blocked = false;
    // The editor reports the change at once; it is the saved copy itself, so there is nothing to send.
    apply(status.saved.content as JSONContent);
    clearTimeout(this.saveTimer);
    this.pending = null;
    clearDraft(this.updateId);
    if (mine) this.keptOnDevice = writeDraft(this.updateId, mine, "set-aside");
    this.report({ kind: "saved", at: status.saved.savedAt });
    return mine;
  }

  dispose(): void {
    clearTimeout(this.saveTimer);
    clearTimeout(this.retryTimer);
  }

  private async sendPending(): Promise<boolean> {
    const content = this.pending;
    if (!content) return true;
    if (isOffline()) {
      this.failed({ kind: "offline" });
      return false;
    }
    this.pending = null;
    this.report({ kind: "saving" });
    const result = await this.send(this.updateId, content, this.version);
    if (result.kind === "saved") {
      if (result.withdrawn) this.onApprovalWithdrawn();
      this.saved(result.version, result.savedAt);
      return true;
    }
    // Newer text typed during the request wins; otherwise this text is still the unsaved one.
    this.pending ??= content;
    this.failed(result);
    return false;
  }

  private saved(version: number, savedAt: Date): void {
    this.version = version;
    this.attempts = 0;
    clearTimeout(this.retryTimer);
    if (this.pending) {
      writeDraft(this.updateId, { content: this.pending, baseVersion: version, changedAt: Date.now() });
    } else {
      clearDraft(this.updateId);
      this.report({ kind: "saved", at: savedAt });
    }
  }

  private failed(result: Exclude<SaveResult, { kind: "saved" }>): void {
    switch (result.kind) {
      case "offline":
        this.report({ kind: "offline", keptOnDevice: this.keptOnDevice });
        return this.retryLater();
      case "retry":
        this.report({ kind: "error", reason: result.reason });
        return this.retryLater();
      case "refused":
        this.report({ kind: "error", reason: result.reason });
        return;
      case "conflict":
        // Never overwrite a copy saved elsewhere: stop sending, keep this text on the device.
        this.blocked = true;
        this.report({ ...result, mine: null });
        if (this.pending) this.keepRefused(this.pending);
    }
  }

  /**
   * Text the server refused is kept apart from the slot other tabs of this browser write and
   * clear, so their saves cannot wipe it; the comparison follows what the author types meanwhile.
   */
  private keepRefused(content: JSONContent): void {
    this.keptOnDevice = writeDraft(this.updateId, { content, baseVersion: this.version, changedAt: Date.now() }, "set-aside");
    if (this.status.kind === "conflict") this.report({ ...this.status, mine: content });
  }

  private retryLater(): void {
    const delay = RETRY_DELAYS_MS[Math.min(this.attempts, RETRY_DELAYS_MS.length - 1)];
    this.attempts += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  // "Saving…" is reported on every change while the author types: the page is told only when
  // what it shows would change, so typing re-renders nothing.
  private report(status: SaveStatus): void {
    const shown = this.status;
    this.status = status;
    if (status.kind === "saving" && shown.kind === "saving") return;
    if (status.kind === "offline" && shown.kind === "offline" && status.keptOnDevice === shown.keptOnDevice) return;
    this.onStatus(status);
  }
}
