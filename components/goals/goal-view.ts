import type { FormState } from "@/lib/forms/form-state";
import type { GoalStatus } from "@/lib/goals/goal-input";

/** What the goal screens show about one goal. */
export type GoalView = {
  id: string;
  title: string;
  description: string;
  targetDate: string | null;
  status: GoalStatus;
};

/** A server action driven by useActionState. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
