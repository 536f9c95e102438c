"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { reopenAsk } from "@/lib/asks/reopen-ask";
import { resolveAsk, resolveAskInput } from "@/lib/asks/resolve-ask";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";

function refresh() {
  revalidatePath("/asks");
  revalidatePath("/");
}

// Another person's ask, or one that does not exist, answers 404 like a foreign page.
export async function resolveAskAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = resolveAskInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await orNotFound(resolveAsk({ authorId: user.id, input: parsed.data, now: now() }));
  } catch (error) {
    return formError(error, values);
  }
  refresh();
  return { ok: true, message: "Marked resolved.", values: {} };
}

const reopenInput = z.object({ askId: z.string().min(1).max(64) });

export async function reopenAskAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = reopenInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await orNotFound(reopenAsk({ authorId: user.id, askId: parsed.data.askId }));
  } catch (error) {
    return formError(error, values);
  }
  refresh();
  return { ok: true, message: "Reopened.", values: {} };
}
