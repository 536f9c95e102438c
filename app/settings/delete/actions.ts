"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/forms/form-state";
import { deleteAccount, deleteAccountInput } from "@/lib/users/delete-account";

// next-auth's session cookie, plain over http and __Secure- over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function deleteMyAccount(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData);
  const parsed = deleteAccountInput.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await deleteAccount({ userId: user.id, input: parsed.data });
  } catch (error) {
    return formError(error, values);
  }
  // The sessions went with the account; the cookie goes too, so the browser holds nothing of it.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/account/goodbye");
}
