// Autosave for one update: waits for a pause in typing, sends one request at a time with the
// latest text, keeps every unsaved change on this device, and retries when it makes sense.
import type { JSONContent } from "@tiptap/core";
import { clearDraft, writeDraft } from "./draft-store";
import { putContent, type SaveResult } from "./save-request";

export type SaveStatus =
  | { kind: "saved"; at: Date | null }
  | { kind: "saving" }
  | { kind: "offline"; keptOnDevice: boolean }
  | { kind: "error"; reason: string }
  | { kind: "conflict"; reason: string; locked: boolean };

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
    this.keptOnDevice = writeDraft(this.updateId, { content, baseVersion: this.version, changedAt: Date.now() });
    if (this.blocked) return;
    this.report(isOffline() ? { kind: "offline", keptOnDevice: this.keptOnDevice } : { kind: "saving" });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
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
        this.report({ kind: "conflict", reason: result.reason, locked: result.locked });
    }
  }

  private retryLater(): void {
    const delay = RETRY_DELAYS_MS[Math.min(this.attempts, RETRY_DELAYS_MS.length - 1)];
    this.attempts += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  private report(status: SaveStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
