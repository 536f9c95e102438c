import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";

export const MARKDOWN = "text/markdown; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";

function reply(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** A file the browser saves rather than shows; private, since it holds the author's words. */
export function attachment(body: string, type: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Re-checks the session on every download and maps the domain's errors to a status. */
export async function forSignedInUser(build: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, "Sign in to download your history.");
  try {
    return await build(user);
  } catch (error) {
    if (error instanceof AppError) return reply(HTTP_STATUS[error.code], error.message);
    throw error;
  }
}
