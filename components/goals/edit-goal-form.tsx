"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { isClosedStatus, OPEN_STATUSES, STATUS_LABELS } from "@/lib/goals/goal-input";
import { GoalFields } from "./goal-fields";
import type { FormAction, GoalView } from "./goal-view";

const statusOptions = OPEN_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/** Edits a goal's words and, while it is on the list, how it is going. */
export function EditGoalForm({ goal, action }: { goal: GoalView; action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.values ?? {
    title: goal.title,
    description: goal.description,
    targetDate: goal.targetDate ?? "",
    status: goal.status,
  };

  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="goalId" value={goal.id} />
      <FormMessage state={state} />
      <GoalFields idPrefix="goal" values={values} errors={state.fieldErrors} />
      {isClosedStatus(goal.status) ? null : (
        <SelectField
          // A select ignores a new default once mounted; a fresh one shows what was just saved.
          key={values.status ?? goal.status}
          id="goal-status"
          name="status"
          label="How it is going"
          className="sm:max-w-52"
          options={statusOptions}
          defaultValue={values.status ?? goal.status}
          error={state.fieldErrors?.status}
        />
      )}
      <SubmitButton pendingLabel="Saving…">Save goal</SubmitButton>
    </form>
  );
}
