"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { closeGoal } from "@/lib/goals/close-goal";
import { createGoal } from "@/lib/goals/create-goal";
import { closeGoalSchema, goalEditSchema, goalIdSchema, goalInputSchema, moveGoalSchema } from "@/lib/goals/goal-input";
import { moveGoal } from "@/lib/goals/move-goal";
import { reopenGoal } from "@/lib/goals/reopen-goal";
import { updateGoal } from "@/lib/goals/update-goal";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { now } from "@/lib/clock/clock";

// Server actions are public endpoints: each one checks the session itself.
async function signedInUserId(): Promise<string> {
  const user = await requireUser();
  return user.id;
}

function goalIdFrom(formData: FormData): string {
  const parsed = goalIdSchema.safeParse(formValues(formData).goalId);
  if (!parsed.success) notFound();
  return parsed.data;
}

function refreshGoalPages() {
  // The list and every goal's own page show the same goals.
  revalidatePath("/goals", "layout");
}

export async function createGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  const values = formValues(formData);
  const parsed = goalInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await createGoal({ ownerId, input: parsed.data, now: now() });
  } catch (error) {
    return formError(error, values);
  }
  refreshGoalPages();
  return { ok: true, message: `Added “${parsed.data.title}”.` };
}

export async function updateGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  const goalId = goalIdFrom(formData);
  const values = formValues(formData);
  const parsed = goalEditSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await orNotFound(updateGoal({ ownerId, goalId, input: parsed.data }));
  } catch (error) {
    return formError(error, values);
  }
  refreshGoalPages();
  return { ok: true, message: "Goal saved.", values };
}

export async function moveGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  const parsed = moveGoalSchema.safeParse(formValues(formData));
  if (!parsed.success) notFound();
  await orNotFound(moveGoal({ ownerId, ...parsed.data }));
  refreshGoalPages();
  return { ok: true };
}

export async function closeGoalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  const goalId = goalIdFrom(formData);
  const values = formValues(formData);
  const parsed = closeGoalSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await orNotFound(closeGoal({ ownerId, goalId, ...parsed.data, now: now() }));
  } catch (error) {
    return formError(error, values);
  }
  refreshGoalPages();
  redirect("/goals");
}

export async function reopenGoalAction(formData: FormData): Promise<void> {
  const ownerId = await signedInUserId();
  const goalId = goalIdFrom(formData);
  await orNotFound(reopenGoal({ ownerId, goalId }));
  refreshGoalPages();
}
