// Requests that Next.js 16 cannot decode and would answer with a bare 500 before any code of ours
// runs: an address whose percent-escapes are not UTF-8, a server action call whose arguments React
// cannot decode, and a form posted to a page (Next reads it as a possible server action, as a form
// sent before the page's JavaScript has loaded) that is malformed or over Next's body limit. The
// proxy answers them 400 or 413 first.
import { undecodableReply, type ActionReply } from "./action-reply";

/** Next's default `serverActions.bodySizeLimit` ("1 MB"), counted over the raw body as Next does. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export type Refusal = { status: 400 | 413; message: string };

/** Next matches dynamic segments by decoding each one, and a DecodeError there ends in a 500. */
export function undecodablePath(pathname: string): Refusal | null {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return { status: 400, message: "Bad request: the address is not valid UTF-8." };
    }
  }
  return null;
}

type BodyRequest = Pick<Request, "method" | "headers" | "body">;

/** A call from React's client: a POST naming the action in a Next-Action header. */
export function isActionCall(request: Pick<Request, "method" | "headers">): boolean {
  return request.method === "POST" && request.headers.has("next-action");
}

/** A multipart POST to a page, which Next reads whole as a possible server action. Route handlers live under /api/. */
function isFormPostToPage(request: Pick<Request, "method" | "headers">, pathname: string): boolean {
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  return request.method === "POST" && multipart && !pathname.startsWith("/api/");
}

const TOO_LARGE: Refusal = { status: 413, message: `Too large: a form may send at most ${ACTION_BODY_LIMIT / 1024 / 1024} MB.` };

/** The body, or null once it runs over the limit (whatever its Content-Length claimed). */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (body) {
    const reader = body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(next.value);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The parts of a multipart body as Next hands them to React, or null if it is not multipart. */
async function replyOf(contentType: string, bytes: Uint8Array<ArrayBuffer>): Promise<ActionReply | null> {
  // Next reads any other body as the UTF-8 text of part "0".
  if (!contentType.startsWith("multipart/form-data")) return new TextDecoder().decode(bytes);
  try {
    const form = await new Response(bytes, { headers: { "Content-Type": contentType } }).formData();
    const parts = new Map<string, string | Blob>();
    for (const [name, value] of form) parts.set(name, value);
    return parts;
  } catch {
    return null;
  }
}

/**
 * Why Next could not take this server action call or form post, or null when it can. Reads the
 * body of those two only. A form posted without Next-Action is decoded by Next itself, which
 * refuses what it cannot use with 400 or 409; only its size and its multipart framing fail it.
 */
export async function undecodableActionCall(request: BodyRequest, pathname: string): Promise<Refusal | null> {
  const actionCall = isActionCall(request);
  if (!actionCall && !isFormPostToPage(request, pathname)) return null;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return TOO_LARGE;
  const bytes = await readLimited(request.body, ACTION_BODY_LIMIT);
  if (!bytes) return TOO_LARGE;
  const reply = await replyOf(request.headers.get("content-type") ?? "", bytes);
  if (reply === null) return { status: 400, message: "Bad request: the form data is malformed." };
  const reason = actionCall ? undecodableReply(reply) : null;
  return reason ? { status: 400, message: `Bad request: ${reason}.` } : null;
}
