"use client";

import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";
import { SPREAD_THIN_DEFAULT, SPREAD_THIN_MAX, SPREAD_THIN_MIN } from "@/lib/signals/spread-thin";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  spreadThinAbove: number;
};

/** How many active goals the author carries before the home page says they may be spread thin. */
export function SpreadThinForm({ action, spreadThinAbove }: Props) {
  const { state, onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="signals">
      <div className="space-y-1">
        <h2 id="signals" className="text-base font-semibold">
          Signals
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          The home page points out goals that have stalled, and when you carry more goals than you can move at once.
        </p>
      </div>
      <FormMessage state={state} />
      <TextField
        label="Spread-thin notice above"
        name="spreadThinAbove"
        type="number"
        inputMode="numeric"
        min={SPREAD_THIN_MIN}
        max={SPREAD_THIN_MAX}
        step={1}
        className="max-w-28"
        defaultValue={String(spreadThinAbove)}
        error={state.fieldErrors?.spreadThinAbove}
        hint={`Active goals, from ${SPREAD_THIN_MIN} to ${SPREAD_THIN_MAX}; ${SPREAD_THIN_DEFAULT} unless you change it.`}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary">
        Save signals
      </SubmitButton>
    </form>
  );
}
