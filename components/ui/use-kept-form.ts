"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * A form whose action never clears what the person typed. React resets a <form action> after every
 * submission, which would throw away selects and anything refused; submitting through onSubmit
 * keeps every field as it is, so a refused form shows the person exactly what they entered.
 */
export function useKeptForm(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, dispatch, pending] = useActionState(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, onSubmit, pending };
}
