"use client";

import { useActionState } from "react";
import { TextArea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormAction } from "./goal-view";

const outcomes = [
  { value: "DONE", label: "Done", hint: "You reached what you set out to do." },
  { value: "DROPPED", label: "Dropped", hint: "It no longer makes sense to pursue it." },
] as const;

/** Takes the goal off the list; the outcome and the reason stay on record. */
export function CloseGoalForm({ goalId, action }: { goalId: string; action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? {};
  const outcomeError = state.fieldErrors?.outcome;

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="goalId" value={goalId} />
      <FormMessage state={state} />
      <fieldset aria-describedby={outcomeError ? "close-outcome-error" : undefined} className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Outcome</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {outcomes.map((outcome) => (
            <label
              key={outcome.value}
              className="flex cursor-pointer gap-3 rounded-lg border border-zinc-300 p-3 text-sm has-[:checked]:border-indigo-500 has-[:checked]:bg-indigo-50 dark:border-zinc-700 dark:has-[:checked]:border-indigo-400 dark:has-[:checked]:bg-indigo-950"
            >
              <input
                type="radio"
                name="outcome"
                value={outcome.value}
                required
                defaultChecked={values.outcome === outcome.value}
                className="mt-0.5 accent-indigo-600"
              />
              <span>
                <span className="block font-medium">{outcome.label}</span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{outcome.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {outcomeError ? (
          <p id="close-outcome-error" className="text-xs font-medium text-red-700 dark:text-red-400">
            {outcomeError}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        id="close-reason"
        name="reason"
        label="Reason"
        required
        maxLength={2000}
        rows={3}
        defaultValue={values.reason ?? ""}
        error={state.fieldErrors?.reason}
        hint="Kept with the goal, so you and your boss can see later why it closed."
      />
      <SubmitButton variant="secondary" pendingLabel="Closing…">
        Close goal
      </SubmitButton>
    </form>
  );
}
