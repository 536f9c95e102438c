"use client";

import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; email: string };

/** The last step: the author types their own address, so nothing is deleted by a slip. */
export function DeleteAccountForm({ action, email }: Props) {
  const { state, onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="text-base font-semibold">
        Delete everything
      </h2>
      <FormMessage state={state} />
      <TextField
        label="Type your email address to confirm"
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.email ?? ""}
        error={state.fieldErrors?.email}
        hint={`Your account's address is ${email}.`}
      />
      <SubmitButton pending={pending} pendingLabel="Deleting…" variant="danger">
        Delete my account and all my data
      </SubmitButton>
    </form>
  );
}
