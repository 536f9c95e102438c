"use client";

import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";

export type SkipCycleFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The boss's name, for the optional note's label; null before recipients are set. */
  bossName: string | null;
};

/** "Skip this cycle": a reason for the history, and an optional one-line note to the boss. */
export function SkipCycleForm({ action, bossName }: SkipCycleFormProps) {
  const { state, onSubmit, pending } = useKeptForm(action);
  const errors = state.fieldErrors ?? {};
  return (
    <details className="group rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <summary className="cursor-pointer text-sm font-medium text-zinc-800 dark:text-zinc-200">Skipping this cycle?</summary>
      <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Nothing you wrote is sent. The cycle appears in your history with your reason, and the next update starts a new cycle.
        </p>
        <FormMessage state={state} />
        <TextField label="Reason" name="reason" required maxLength={500} placeholder="Vacation, conference, parental leave…" error={errors.reason} />
        {bossName ? (
          <TextField
            label={`Note to ${bossName} (optional)`}
            name="note"
            maxLength={200}
            placeholder="Off until 7 Dec; back with a full update next cycle."
            hint={`One line, in your words, sent to ${bossName} with your skip-level on cc. Leave it empty to send nothing.`}
            error={errors.note}
          />
        ) : null}
        <SubmitButton variant="secondary" pending={pending} pendingLabel="Skipping…">
          Skip this cycle
        </SubmitButton>
      </form>
    </details>
  );
}
