// Server actions called over HTTP, as the browser calls them: a POST to the page that holds the
// form, with the action's id in a `Next-Action` header and its arguments in a multipart body.
// React encodes the arguments as JSON in the part named "0": arguments bound on the server first,
// then the form's previous state, then the FormData as "$K1", whose fields travel as parts named
// "_1_<field>". (Captured from Chromium submitting the forms of this app, React 19.3 / Next 16.4.)
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

/** pages: the app routes whose forms may call it, as "/goals/[id]". */
export type ServerAction = { id: string; file: string; name: string; pages: string[] };

/** Every server action in the build, from Next's own manifest: `app/goals/actions.ts#createGoalAction`. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pages: Object.keys(entry.workers).map((worker) => worker.replace(/^app/, "").replace(/\/page$/, "") || "/"),
  }));
}

export function actionKey(action: Pick<ServerAction, "file" | "name">): string {
  return `${action.file}#${action.name}`;
}

export function findAction(key: string): ServerAction {
  const action = serverActions().find((candidate) => actionKey(candidate) === key);
  if (!action) throw new Error(`No server action ${key} in the build; rebuild with next build.`);
  return action;
}

/** Stands for the submitted form among an action's arguments. */
export const FORM = "$K1";

export type FormFields = Record<string, string | string[] | Blob>;

export type ActionCall = {
  /** The page whose form calls the action. */
  path: string;
  /** `file#export`, as actionKey names it. */
  action: string;
  /** In order; FORM where the FormData goes. */
  args: unknown[];
  fields?: FormFields;
};

// React escapes strings that begin with "$" in a reply, so they are not read as references.
function encodeArgument(value: unknown): unknown {
  if (value === FORM) return value;
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeArgument);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeArgument(v)]));
  return value;
}

function multipart(call: ActionCall): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(call.fields ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) form.append(`_1_${field}`, one);
  }
  form.append("0", JSON.stringify(call.args.map(encodeArgument)));
  return form;
}

/** What an action answered: its status, where it sent the browser, and the encoded result. */
export type ActionAnswer = { status: number; redirect: string | null; body: string; response: APIResponse };

export async function callAction(request: APIRequestContext, call: ActionCall): Promise<ActionAnswer> {
  const response = await request.post(call.path, {
    headers: { "Next-Action": findAction(call.action).id, Accept: "text/x-component", Origin: appOrigin() },
    multipart: multipart(call),
    maxRedirects: 0,
  });
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0] ?? null;
  return { status: response.status(), redirect, body: await response.text(), response };
}

/** The form state an action answered with (the RSC row that holds it), or null. */
export function formStateOf(answer: ActionAnswer): { ok?: boolean; message?: string; fieldErrors?: Record<string, string> } | null {
  const row = answer.body.split("\n").find((line) => /^1:\{/.test(line));
  return row ? JSON.parse(row.slice(2)) : null;
}

export function appOrigin(): string {
  return `http://localhost:${process.env.E2E_APP_PORT ?? "3457"}`;
}
