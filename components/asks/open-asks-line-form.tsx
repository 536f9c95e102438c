"use client";

import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; openAsksLine: boolean };

/** Whether the update email says how many asks are open and since when. */
export function OpenAsksLineForm({ action, openAsksLine }: Props) {
  const { state, onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="asks-line">
      <h2 id="asks-line" className="text-base font-semibold">
        Asks in the email
      </h2>
      <FormMessage state={state} />
      <label className="flex items-start gap-3 text-sm text-zinc-800 dark:text-zinc-200">
        <input
          type="checkbox"
          name="openAsksLine"
          defaultChecked={openAsksLine}
          aria-describedby="asks-line-hint"
          className="mt-0.5 size-4 rounded border-zinc-300 text-indigo-600 focus:ring-indigo-500 dark:border-zinc-700"
        />
        <span>Add &quot;Open asks: 2, the oldest from 12 Oct&quot; to my update email</span>
      </label>
      <p id="asks-line-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
        A count and a date from your help ledger, below your own words, only when asks are open.
      </p>
      <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary">
        Save
      </SubmitButton>
    </form>
  );
}
