import { TextField } from "@/components/ui/field";
import { REMINDER_LEADS } from "@/lib/users/reminder-leads";

type Props = {
  /** "YYYY-MM-DD" or "" */
  pausedUntil: string;
  /** Minutes before the due time, e.g. [2880, 120]. */
  leadMinutes: number[];
  errors: Record<string, string>;
};

/** When the author hears from the app before an update is due, and a way to pause that. */
export function ReminderFields({ pausedUntil, leadMinutes, errors }: Props) {
  const error = errors.reminderLeadMinutes;
  return (
    <fieldset className="space-y-4">
      <legend className="mb-4 text-base font-semibold">Reminders</legend>
      <fieldset aria-describedby={error ? "reminderLeadMinutes-error" : "reminderLeadMinutes-hint"} className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Remind me</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {REMINDER_LEADS.map((lead) => (
            <label key={lead.minutes} className="inline-flex items-center gap-2 text-sm text-zinc-800 dark:text-zinc-200">
              <input
                type="checkbox"
                name="reminderLeadMinutes"
                value={lead.minutes}
                defaultChecked={leadMinutes.includes(lead.minutes)}
                className="size-4 rounded border-zinc-300 accent-indigo-600 dark:border-zinc-700"
              />
              {lead.label}
            </label>
          ))}
        </div>
        {error ? (
          <p id="reminderLeadMinutes-error" className="text-xs font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : (
          <p id="reminderLeadMinutes-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
            An email to you with a link straight to your update. None is sent once the update is approved, sent or skipped.
          </p>
        )}
      </fieldset>
      <TextField label="Pause until" name="pausedUntil" type="date" defaultValue={pausedUntil} error={errors.pausedUntil}
        hint="No reminders or overdue nudges for updates due before this date, say while you are away. Leave it empty to keep them coming."
        className="sm:max-w-xs" />
    </fieldset>
  );
}
