"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { saveSetup } from "@/lib/users/save-setup";
import { setupInput } from "@/lib/users/setup-input";
import { now } from "@/lib/clock/clock";

async function save(formData: FormData): Promise<FormState | null> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const values = formValues(formData);
  const parsed = setupInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await saveSetup({ userId: user.id, input: parsed.data, now: now() });
  revalidatePath("/", "layout");
  return null;
}

export async function completeSetup(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = await save(formData);
  if (refused) return refused;
  redirect("/goals");
}

export async function updateSettings(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = await save(formData);
  return refused ?? { ok: true, message: "Settings saved. Changes apply from the next update you start." };
}
