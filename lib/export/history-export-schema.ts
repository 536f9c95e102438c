import { z } from "zod";

// The shape of the JSON export: everything the author wrote and what became of it, in open,
// documented form. Published as a JSON Schema at /api/export/schema.json.

export const HISTORY_EXPORT_FORMAT = "biweekly-history";
export const HISTORY_EXPORT_VERSION = 1;

const instant = z.iso.datetime().describe("An instant, ISO 8601 in UTC");
const localDate = z.iso.date().describe("A calendar date in the author's time zone");
const person = z.object({ name: z.string(), address: z.string() });

const profile = z.object({
  name: z.string().nullable(),
  email: z.string(),
  timeZone: z.string().describe("IANA time zone every date in the app is shown in"),
  joinedAt: instant,
  recipients: z
    .object({ boss: person, skipLevel: person, copyToAuthor: z.boolean() })
    .nullable()
    .describe("Who the updates go to now; each sent update keeps its own recipients"),
  schedule: z
    .object({
      intervalWeeks: z.number().int(),
      weekday: z.number().int().min(1).max(7).describe("ISO weekday: 1 = Monday"),
      localTime: z.string().describe("HH:MM in the author's time zone"),
      firstDueDate: localDate,
    })
    .nullable(),
});

const goal = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().describe("Why it matters and how success is measured"),
  targetDate: localDate.nullable(),
  status: z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "DONE", "DROPPED"]),
  createdAt: instant,
  closedAt: instant.nullable(),
  closeReason: z.string().nullable(),
});

const section = z.object({
  goalId: z.string(),
  goalTitle: z.string().describe("The goal's title as it stood in this update"),
  position: z.number().int(),
  status: z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK"]).nullable().describe("Null when left unset"),
  doing: z.string(),
  needHelp: z.string(),
  progress: z.string(),
  asks: z.array(z.string()).describe("Each list item or paragraph of the help part"),
});

const message = z.object({
  subject: z.string(),
  messageId: z.string(),
  from: person,
  to: z.array(person),
  cc: z.array(person),
  deliveryState: z.enum(["QUEUED", "SENDING", "SENT", "FAILED"]),
  sentAt: instant.nullable(),
  lastError: z.string().nullable(),
});

const update = z.object({
  id: z.string(),
  state: z.enum(["DRAFT", "APPROVED", "SENT", "SKIPPED", "FAILED"]),
  cycleStart: instant,
  dueAt: instant,
  approvedAt: instant.nullable(),
  sentAt: instant.nullable(),
  late: z.boolean().describe("Approved after its due time"),
  skipReason: z.string().nullable(),
  skipNote: z.string().nullable(),
  message: message.nullable().describe("The email that carried the update, exactly as it went out"),
  sections: z.array(section),
  anythingElse: z.string(),
  document: z
    .object({ type: z.literal("doc"), content: z.array(z.unknown()) })
    .describe("The update as written: Tiptap (ProseMirror) JSON"),
});

const ledgerAsk = z.object({
  goalId: z.string(),
  goalTitle: z.string(),
  text: z.string().describe("The author's words, as last asked"),
  firstUpdateId: z.string(),
  firstAskedAt: instant,
  lastAskedAt: instant,
  timesAsked: z.number().int().min(1),
  resolvedAt: instant.nullable(),
  resolutionNote: z.string(),
});

export const historyExportSchema = z.object({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  version: z.literal(HISTORY_EXPORT_VERSION),
  exportedAt: instant,
  profile,
  goals: z.array(goal),
  updates: z.array(update).describe("Every update, oldest first"),
  asks: z.array(ledgerAsk).describe("The help ledger: every ask sent, open or resolved, oldest first"),
});

export type HistoryExport = z.infer<typeof historyExportSchema>;
export type ExportedUpdate = HistoryExport["updates"][number];
export type ExportedGoal = HistoryExport["goals"][number];

/** The export's JSON Schema (draft 2020-12), derived from the same definition the export is checked with. */
export function historyExportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(historyExportSchema, { target: "draft-2020-12" }),
    title: "Biweekly history export",
  };
}
