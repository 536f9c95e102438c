"use client";

import { useId } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { TextArea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useKeptForm } from "@/components/ui/use-kept-form";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** "Mark resolved", with how it ended in the author's words; what they typed stays if it is refused. */
export function ResolveAskForm({ action, askId, askText }: { action: Action; askId: string; askText: string }) {
  const { state, onSubmit, pending } = useKeptForm(action);
  const id = useId();
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">Mark resolved…</summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate aria-label={`Resolve: ${askText}`}>
        <FormMessage state={state} />
        <input type="hidden" name="askId" value={askId} />
        <TextArea
          id={`${id}-note`}
          label="How it was resolved"
          name="note"
          rows={2}
          defaultValue={state.values?.note ?? ""}
          error={state.fieldErrors?.note}
          hint="Optional, in your words: who helped, what was decided."
        />
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="secondary">
          Mark resolved
        </SubmitButton>
      </form>
    </details>
  );
}

/** Puts a resolved ask back among the open ones. */
export function ReopenAskForm({ action, askId, askText }: { action: Action; askId: string; askText: string }) {
  const { state, onSubmit, pending } = useKeptForm(action);
  return (
    <form onSubmit={onSubmit} aria-label={`Reopen: ${askText}`}>
      {state.message && !state.ok ? <FormMessage state={state} /> : null}
      <input type="hidden" name="askId" value={askId} />
      <SubmitButton pending={pending} pendingLabel="Reopening…" variant="secondary" className="px-2.5 py-1 text-xs">
        Reopen
      </SubmitButton>
    </form>
  );
}
