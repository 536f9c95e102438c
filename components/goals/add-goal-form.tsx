"use client";

import { useActionState, useEffect, useRef } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { GoalFields } from "./goal-fields";
import type { FormAction } from "./goal-view";

/** Adds a goal; a refused form keeps every word, an accepted one empties for the next goal. */
export function AddGoalForm({ action, autoFocus = false }: { action: FormAction; autoFocus?: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.ok) titleRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <GoalFields
        idPrefix="new-goal"
        values={state.ok ? {} : (state.values ?? {})}
        errors={state.fieldErrors}
        autoFocus={autoFocus}
        titleRef={titleRef}
      />
      <SubmitButton pendingLabel="Adding…">Add goal</SubmitButton>
    </form>
  );
}
