"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { skipUpdate } from "@/lib/updates/skip-update";
import { recordId } from "@/lib/updates/update-id";

// The shape of the form; the reason and note themselves are checked by skipUpdate.
const skipForm = z.object({ reason: z.string(), note: z.string().optional() });

/** Skips the update's cycle with the author's reason, and sends their note if they wrote one. */
export async function skipCycle(updateId: unknown, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const id = recordId.safeParse(updateId);
  if (!id.success) notFound();
  const values = formValues(formData);
  const form = skipForm.safeParse(values);
  if (!form.success) return invalidForm(form.error, values);
  try {
    await skipUpdate({ authorId: user.id, updateId: id.data, reason: form.data.reason, note: form.data.note, now: now() });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    return formError(error, values);
  }
  revalidatePath("/history");
  redirect(`/history/${id.data}`);
}
