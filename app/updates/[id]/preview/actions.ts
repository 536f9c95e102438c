"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { AppError } from "@/lib/errors/app-error";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { approveUpdate } from "@/lib/updates/approve-update";
import { sendUpdateNow } from "@/lib/updates/send-update-now";
import { recordId } from "@/lib/updates/update-id";

const intent = z.enum(["approve", "send"]);
// Bound on the server, but a caller may send anything in its place.
const previewedVersion = z.number().int().min(1);

/**
 * Approves the update for its due time, or sends it now, as previewed: `version` is the one the
 * preview showed, so a later edit is never sent unseen.
 */
export async function deliverUpdate(updateId: string, version: unknown, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const id = recordId.safeParse(updateId);
  if (!id.success) notFound();
  const seen = previewedVersion.safeParse(version);
  if (!seen.success) return { message: "Open the preview again, then approve or send what it shows." };
  const chosen = intent.safeParse(formValues(formData).intent);
  if (!chosen.success) return { message: "Choose whether to approve it for the due time or send it now." };
  const options = { authorId: user.id, updateId: id.data, now: now(), version: seen.data };
  try {
    await (chosen.data === "approve" ? approveUpdate(options) : sendUpdateNow(options));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/history");
  redirect(`/history/${id.data}`);
}
