"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { FormState } from "@/lib/forms/form-state";
import { IntentButton } from "./intent-button";

export type DeliveryActionsProps = {
  /** Receives the form with "intent": "approve" or "send". */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** "Approve for Fri 27 Nov 2026, 16:00" while the due time is ahead; null when only "Send now" makes sense. */
  approveLabel: string | null;
  /** "Grace Hopper, with Alan Turing on cc" */
  recipients: string;
  /** Said before the buttons: that a send will be late, or that the update is already approved. */
  note: string | null;
};

/** The preview's decision: approve it for its due time, or send it now. */
export function DeliveryActions({ action, approveLabel, recipients, note }: DeliveryActionsProps) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      {note ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{note}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        {approveLabel ? (
          <IntentButton intent="approve" pendingLabel="Approving…">
            {approveLabel}
          </IntentButton>
        ) : null}
        <IntentButton intent="send" pendingLabel="Sending…" variant={approveLabel ? "secondary" : "primary"}>
          Send now
        </IntentButton>
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Goes to {recipients}.
        {approveLabel ? " An approved update goes out on its own at the due time; until then you can still edit it, which withdraws the approval." : ""}
      </p>
    </form>
  );
}
