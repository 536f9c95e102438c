"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { GoalFields } from "./goal-fields";
import type { FormAction, GoalView } from "./goal-view";

/** Edits a goal's words. How it is going is said in each update, goal by goal, not here. */
export function EditGoalForm({ goal, action }: { goal: GoalView; action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? {
    title: goal.title,
    description: goal.description,
    targetDate: goal.targetDate ?? "",
  };

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="goalId" value={goal.id} />
      <FormMessage state={state} />
      <GoalFields idPrefix="goal" values={values} errors={state.fieldErrors} />
      <SubmitButton pendingLabel="Saving…">Save goal</SubmitButton>
    </form>
  );
}
