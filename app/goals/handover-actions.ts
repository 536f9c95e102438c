"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { acceptHandover } from "@/lib/goals/accept-handover";
import { cancelHandover } from "@/lib/goals/cancel-handover";
import { declineHandover } from "@/lib/goals/decline-handover";
import { handoverIdSchema, offerHandoverSchema } from "@/lib/goals/handover-input";
import { offerHandover } from "@/lib/goals/offer-handover";

// Server actions are public endpoints: each one checks the session itself.
async function signedInUserId(): Promise<string> {
  const user = await requireUser();
  return user.id;
}

function handoverIdFrom(formData: FormData): string {
  const parsed = handoverIdSchema.safeParse(formValues(formData).handoverId);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A late answer (the offer was cancelled, or answered in another tab) is said, not thrown. */
async function answered(work: Promise<unknown>, done: string): Promise<FormState> {
  try {
    await orNotFound(work);
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/goals", "layout");
  return { ok: true, message: done };
}

export async function offerHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  const values = formValues(formData);
  const parsed = offerHandoverSchema.safeParse(values);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "goalId")) notFound();
    return invalidForm(parsed.error, values);
  }
  try {
    await orNotFound(offerHandover({ ownerId, input: parsed.data, now: now() }));
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/goals", "layout");
  return { ok: true, message: "Offered. The goal stays yours until they accept." };
}

export async function cancelHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const ownerId = await signedInUserId();
  return answered(cancelHandover({ ownerId, handoverId: handoverIdFrom(formData), now: now() }), "Offer withdrawn. The goal stays yours.");
}

export async function acceptHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const receiverId = await signedInUserId();
  return answered(acceptHandover({ receiverId, handoverId: handoverIdFrom(formData), now: now() }), "Accepted. The goal is on your list.");
}

export async function declineHandoverAction(_state: FormState, formData: FormData): Promise<FormState> {
  const receiverId = await signedInUserId();
  return answered(declineHandover({ receiverId, handoverId: handoverIdFrom(formData), now: now() }), "Declined. The goal stays with them.");
}
