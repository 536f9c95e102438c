import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";
import { plainTextReviver } from "@/lib/forms/plain-text";
import { NewerCopySaved, savedCopyBody } from "@/lib/updates/newer-copy-saved";
import { saveUpdateContent } from "@/lib/updates/save-update-content";
import { recordId } from "@/lib/updates/update-id";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024 * 1024;

const saveBody = z.object({
  content: z.unknown(),
  version: z.number().int().min(1),
});

type RouteContext = { params: Promise<{ id: string }> };

function reply(status: number, body: Record<string, unknown>) {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** The body as text, or null once it passes the limit: a huge body is never held in memory. */
async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, plainTextReviver);
  } catch {
    return undefined;
  }
}

function errorReply(error: unknown) {
  if (!(error instanceof AppError)) {
    console.error("Saving an update failed", error);
    return reply(500, { error: "The server could not save just now" });
  }
  if (error.code === "CONFLICT") {
    // A newer copy saved elsewhere travels with the refusal: the author compares both and chooses.
    const saved = error instanceof NewerCopySaved ? savedCopyBody(error.saved) : null;
    return reply(409, { error: error.message, version: Number(error.fieldErrors.version), state: error.fieldErrors.state, saved });
  }
  return reply(HTTP_STATUS[error.code], { error: error.message });
}

/**
 * Autosave: 200 { version, savedAt, withdrawn } (withdrawn: the save undid an approval), 409 with
 * the newer copy saved elsewhere ({ saved: { content, version, savedAt } }, null when locked), or
 * an error the editor can explain.
 */
export async function PUT(request: Request, { params }: RouteContext) {
  const user = await getCurrentUser();
  if (!user) return reply(401, { error: "You are signed out. Sign in again to keep saving" });
  const updateId = recordId.safeParse((await params).id);
  if (!updateId.success) return reply(404, { error: "Update not found" });

  const text = await readLimitedText(request, MAX_BODY_BYTES);
  if (text === null) return reply(413, { error: "This update is too long to save (over 1 MB)" });
  const body = saveBody.safeParse(parseJson(text));
  if (!body.success) return reply(400, { error: "Send JSON with the update's content and its version" });

  try {
    const content = parseUpdateDocument(body.data.content);
    const saved = await saveUpdateContent({ authorId: user.id, updateId: updateId.data, content, baseVersion: body.data.version });
    return reply(200, { version: saved.version, savedAt: saved.savedAt.toISOString(), withdrawn: saved.withdrawn });
  } catch (error) {
    return errorReply(error);
  }
}
