"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms/form-state";

export function SendNowForm({ action, recipients }: { action: (state: FormState) => Promise<FormState>; recipients: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Sending…">Send now</SubmitButton>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Goes to {recipients}.</p>
      </div>
    </form>
  );
}
