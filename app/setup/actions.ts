"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { formList, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { saveSetup } from "@/lib/users/save-setup";
import { settingsInput, setupInput, type SettingsInput, type SetupInput } from "@/lib/users/setup-input";

type Values = Record<string, string>;
type Parse = (values: Values) => z.ZodSafeParseResult<SetupInput | SettingsInput>;

async function save(values: Values, parse: Parse): Promise<FormState | null> {
  const user = await requireUser();
  const parsed = parse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await saveSetup({ userId: user.id, input: parsed.data, now: now() });
  revalidatePath("/", "layout");
  return null;
}

export async function completeSetup(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = await save(formValues(formData), (values) => setupInput.safeParse(values));
  if (refused) return refused;
  redirect("/goals");
}

export async function updateSettings(_state: FormState, formData: FormData): Promise<FormState> {
  // One checkbox per lead time: every ticked one, none at all when the author wants no reminders.
  const reminders = formList(formData, "reminderLeadMinutes");
  const values = { ...formValues(formData), reminderLeadMinutes: reminders.join(",") };
  const refused = await save(values, (input) => settingsInput.safeParse(input));
  return refused ?? { ok: true, message: "Settings saved. Changes apply from the next update you start." };
}
