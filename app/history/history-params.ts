import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { HISTORY_STATES } from "@/lib/updates/list-history";
import { recordId } from "@/lib/updates/update-id";

/** An empty form field is no filter; a value given twice in a link counts once. */
const field = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" && first.trim() === "" ? undefined : first;
  }, schema.optional());

const localDate = z.string().refine((value) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}, "Use a date like 2026-11-27");

/** The history page's search parameters: shareable links carry the search and the filters. */
export const historyParams = z
  .object({
    q: field(z.string().transform(plainText).pipe(z.string().trim().max(200, "Search for at most 200 characters"))),
    goal: field(recordId),
    state: field(z.enum(HISTORY_STATES)),
    from: field(localDate),
    to: field(localDate),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ["to"], message: "The end of the range comes before its start" });

export type HistoryParams = z.infer<typeof historyParams>;

/** The parameters as understood, or none and what was wrong, naming each parameter. */
export function parseHistoryParams(raw: Record<string, string | string[] | undefined>): { params: HistoryParams; problems: string[] } {
  const parsed = historyParams.safeParse(raw);
  if (parsed.success) return { params: parsed.data, problems: [] };
  return { params: {}, problems: parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "filter")}: ${issue.message}`) };
}
