"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import type { FormState } from "@/lib/forms/form-state";
import { sendUpdateNow } from "@/lib/updates/send-update-now";
import { recordId } from "@/lib/updates/update-id";
import { now } from "@/lib/clock/clock";

/** Sends the update as previewed: `version` is the one the preview showed, so a later edit is not sent unseen. */
export async function sendNow(updateId: string, version: number, _state: FormState): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const id = recordId.safeParse(updateId);
  if (!id.success) notFound();
  try {
    await sendUpdateNow({ authorId: user.id, updateId: id.data, now: now(), version });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/history");
  redirect(`/history/${id.data}`);
}
