import { z } from "zod";
import { emailAddressSchema } from "@/lib/delivery/email-address";
import { isoWeekday } from "@/lib/schedule/cycles";
import { isTimeZone } from "@/lib/schedule/time-zones";
import { WEEKDAYS } from "@/lib/schedule/weekdays";
import { formatLeadMinutes, REMINDER_LEADS } from "./reminder-leads";

/** A person's name as it appears in an email header: no line breaks, quotes or angle brackets. */
const personName = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${what}.`)
    .max(100, "Keep it under 100 characters.")
    .regex(/^[^\r\n"<>\u0000-\u001f]+$/, "Use letters, spaces and ordinary punctuation only.");

const emailAddress = emailAddressSchema();

const isRealDate = (value: string) =>
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date.")
  .refine(isRealDate, "Pick a real date.");

const setupFields = z.object({
  name: personName("your name"),
  timeZone: z.string().refine(isTimeZone, "Pick a time zone from the list."),
  bossName: personName("your boss's name"),
  bossEmail: emailAddress,
  skipName: personName("your skip-level's name"),
  skipEmail: emailAddress,
  intervalWeeks: z.coerce.number().int().min(1, "Every 1 to 4 weeks.").max(4, "Every 1 to 4 weeks."),
  weekday: z.coerce.number().int().min(1).max(7),
  localTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Pick a time, like 16:00."),
  firstDueDate: calendarDate,
});

type SetupFields = z.infer<typeof setupFields>;

function checkSetup(input: SetupFields, ctx: z.RefinementCtx): void {
  if (input.bossEmail.toLowerCase() === input.skipEmail.toLowerCase()) {
    ctx.addIssue({ code: "custom", path: ["skipEmail"], message: "Your skip-level needs a different address from your boss." });
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(input.firstDueDate) && isoWeekday(input.firstDueDate) !== input.weekday) {
    ctx.addIssue({
      code: "custom",
      path: ["firstDueDate"],
      message: `That date is not a ${WEEKDAYS[input.weekday - 1]}. Pick a ${WEEKDAYS[input.weekday - 1]}, or change "Due on".`,
    });
  }
}

/** The first-run form: reminders and pausing keep their defaults until the author changes them in Settings. */
export const setupInput = setupFields.superRefine(checkSetup);

const offeredLeads = new Set(REMINDER_LEADS.map((lead) => lead.minutes));

/** The chosen lead times as a comma list ("" for none), stored longest first. */
const reminderLeadMinutes = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean).map(Number))
  .refine((minutes) => minutes.every((m) => offeredLeads.has(m)), "Pick reminder times from the list.")
  .transform(formatLeadMinutes);

/** An empty date clears the pause. */
const pausedUntil = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)), "Pick a date, or leave it empty.")
  .transform((value) => value || null);

/** Settings: everything from setup, and when to remind the author and whether reminders are paused. */
export const settingsInput = setupFields
  .extend({ pausedUntil, reminderLeadMinutes })
  .superRefine(checkSetup);

export type SettingsInput = z.infer<typeof settingsInput>;

export type SetupInput = z.infer<typeof setupInput>;
