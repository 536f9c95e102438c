"use server";

import { revalidatePath } from "next/cache";
import { openAsksLineInput, saveOpenAsksLine } from "@/lib/asks/open-asks-line-setting";
import { requireUser } from "@/lib/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { saveSpreadThinThreshold } from "@/lib/signals/save-spread-thin-threshold";
import { spreadThinInput } from "@/lib/signals/spread-thin";

export async function updateSpreadThinThreshold(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = spreadThinInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await saveSpreadThinThreshold({ userId: user.id, input: parsed.data });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath("/");
  return { ok: true, message: `Saved. The home page points it out above ${parsed.data.spreadThinAbove} active goals.`, values };
}

export async function updateOpenAsksLine(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = openAsksLineInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await saveOpenAsksLine({ userId: user.id, input: parsed.data });
  } catch (error) {
    return formError(error, values);
  }
  const said = parsed.data.openAsksLine ? "Your next update email says how many asks are open." : "Your update email leaves out the open asks line.";
  return { ok: true, message: `Saved. ${said}`, values };
}
