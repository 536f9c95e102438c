"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";
import { currentZoneName } from "@/lib/schedule/time-zones";
import { WEEKDAYS } from "@/lib/schedule/weekdays";
import { parseLeadMinutes } from "@/lib/users/reminder-leads";
import { ReminderFields } from "./reminder-fields";

export type SetupValues = {
  name: string;
  timeZone: string;
  bossName: string;
  bossEmail: string;
  skipName: string;
  skipEmail: string;
  intervalWeeks: string;
  weekday: string;
  localTime: string;
  firstDueDate: string;
  /** "YYYY-MM-DD", or "" when reminders are not paused. */
  pausedUntil: string;
  /** Minutes before the due time, as stored: "2880,120". */
  reminderLeadMinutes: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: SetupValues;
  timeZones: string[];
  /** First run: take the browser's zone, and keep the first due date on the chosen weekday. */
  firstRun: boolean;
  /** Settings also offer reminders and pausing; the first run keeps their defaults. */
  withReminders?: boolean;
  submitLabel: string;
};

const weekdayOptions = WEEKDAYS.map((label, i) => ({ value: String(i + 1), label }));
const intervalOptions = [1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? "1 week" : `${n} weeks` }));

/** The date of the next `weekday` (1 = Monday) on or after today, in the browser's calendar. */
function nextDate(weekday: number): string {
  const d = new Date();
  const isoToday = ((d.getDay() + 6) % 7) + 1;
  d.setDate(d.getDate() + ((weekday - isoToday + 7) % 7));
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function SetupForm({ action, initial, timeZones, firstRun, withReminders = false, submitLabel }: Props) {
  const { state, onSubmit, pending } = useKeptForm(action);
  const errors = state.fieldErrors ?? {};
  const timeZone = useRef<HTMLSelectElement>(null);
  const firstDueDate = useRef<HTMLInputElement>(null);
  const dateTouched = useRef(!firstRun);

  useEffect(() => {
    const detected = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (firstRun && timeZone.current && timeZones.includes(detected)) timeZone.current.value = detected;
  }, [firstRun, timeZones]);

  const followWeekday = (weekday: string) => {
    if (!dateTouched.current && firstDueDate.current) firstDueDate.current.value = nextDate(Number(weekday));
  };

  return (
    <form onSubmit={onSubmit} className="space-y-8" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">You</legend>
        <TextField label="Your name" name="name" autoComplete="name" defaultValue={initial.name} error={errors.name}
          hint="Shown to your boss as the author and owner of every goal." required />
        <SelectField ref={timeZone} label="Time zone" name="timeZone" defaultValue={initial.timeZone}
          options={timeZones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))} error={errors.timeZone}
          hint="Due times and every date you see are in this zone." />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-4 text-base font-semibold">Who reads your update</legend>
        <TextField label="Boss's name" name="bossName" defaultValue={initial.bossName} error={errors.bossName} required />
        <TextField label="Boss's email" name="bossEmail" type="email" autoComplete="off" defaultValue={initial.bossEmail} error={errors.bossEmail} required />
        <TextField label="Skip-level's name" name="skipName" defaultValue={initial.skipName} error={errors.skipName}
          hint="Your boss's boss, copied on every update." required />
        <TextField label="Skip-level's email" name="skipEmail" type="email" autoComplete="off" defaultValue={initial.skipEmail} error={errors.skipEmail} required />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2" aria-describedby="schedule-hint">
        <legend className="mb-1 text-base font-semibold">When it is due</legend>
        <p id="schedule-hint" className="text-xs text-zinc-600 sm:col-span-2 dark:text-zinc-400">
          {firstRun
            ? "In your time zone, through daylight-saving changes."
            : "A change applies to future updates only: an update you have already started keeps the due time it had."}
        </p>
        <SelectField label="Every" name="intervalWeeks" defaultValue={initial.intervalWeeks} options={intervalOptions} error={errors.intervalWeeks} />
        <SelectField label="Due on" name="weekday" defaultValue={initial.weekday} options={weekdayOptions} error={errors.weekday}
          onChange={(e) => followWeekday(e.target.value)} />
        <TextField label="Due time" name="localTime" type="time" defaultValue={initial.localTime} error={errors.localTime} required />
        <TextField ref={firstDueDate} label="First due date" name="firstDueDate" type="date" defaultValue={initial.firstDueDate}
          error={errors.firstDueDate} onChange={() => (dateTouched.current = true)} required />
      </fieldset>
      {withReminders ? (
        <ReminderFields pausedUntil={initial.pausedUntil} leadMinutes={parseLeadMinutes(initial.reminderLeadMinutes)} errors={errors} />
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
