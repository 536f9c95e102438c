import type { JSONContent } from "@tiptap/core";
import type { UpdateDocument } from "@/lib/content/document";

/** The copy another tab or device saved, as the server handed it back with a refusal. */
export type SavedVersion = { content: UpdateDocument; version: number; savedAt: Date };

export type SaveResult =
  /** `withdrawn`: the update was approved, and this save made it a draft again. */
  | { kind: "saved"; version: number; savedAt: Date; withdrawn: boolean }
  /** Someone saved a newer copy (`saved`, when the server sent it), or the update is no longer a draft. */
  | { kind: "conflict"; reason: string; locked: boolean; saved: SavedVersion | null }
  /** The network is down: try again when it is back. */
  | { kind: "offline" }
  /** The server had a problem: try again shortly. */
  | { kind: "retry"; reason: string }
  /** The server refused this text: trying again will not help until it changes. */
  | { kind: "refused"; reason: string };

// Browsers cap keepalive requests at 64 KiB; larger bodies go as ordinary requests.
const KEEPALIVE_LIMIT = 60_000;

type ErrorBody = { error?: unknown; state?: unknown; saved?: unknown };
type ErrorDetails = { reason: string; state: unknown; saved: SavedVersion | null };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The server checked this copy before sending it; this only guards against a stranger's answer (a proxy). */
function savedVersion(value: unknown): SavedVersion | null {
  if (!isRecord(value) || !isRecord(value.content)) return null;
  const { content, version, savedAt } = value;
  if (content.type !== "doc" || !Array.isArray(content.content)) return null;
  if (typeof version !== "number" || typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt))) return null;
  return { content: content as UpdateDocument, version, savedAt: new Date(savedAt) };
}

async function errorBody(response: Response): Promise<ErrorDetails> {
  try {
    const body = (await response.json()) as ErrorBody;
    if (typeof body.error === "string" && body.error) {
      // Shown after "Not saved:", so the server's own "could not be saved" lead-in is dropped.
      const reason = body.error.replace(/^The update could not be saved: /, "").replace(/\.$/, "");
      return { reason, state: body.state, saved: savedVersion(body.saved) };
    }
  } catch {
    // Not JSON (a proxy's error page): fall back to the status.
  }
  return { reason: `the server answered ${response.status}`, state: undefined, saved: null };
}

async function toResult(response: Response): Promise<SaveResult> {
  if (response.ok) {
    const body = (await response.json()) as { version: number; savedAt: string; withdrawn?: boolean };
    return { kind: "saved", version: body.version, savedAt: new Date(body.savedAt), withdrawn: body.withdrawn === true };
  }
  const { reason, state, saved } = await errorBody(response);
  // An approved update is still editable (editing withdraws the approval): only its version moved on.
  if (response.status === 409) {
    const locked = state !== "DRAFT" && state !== "APPROVED";
    return { kind: "conflict", reason, locked, saved: locked ? null : saved };
  }
  if (response.status === 401) return { kind: "refused", reason: "you are signed out; sign in again in another tab" };
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: "retry", reason };
  return { kind: "refused", reason };
}

/** Sends the author's whole document; it survives the page closing when it is small enough. */
export async function putContent(updateId: string, content: JSONContent, version: number): Promise<SaveResult> {
  const body = JSON.stringify({ content, version });
  try {
    const response = await fetch(`/api/updates/${encodeURIComponent(updateId)}/content`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body,
      keepalive: body.length < KEEPALIVE_LIMIT,
      credentials: "same-origin",
    });
    return await toResult(response);
  } catch {
    return { kind: "offline" };
  }
}
