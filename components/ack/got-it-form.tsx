"use client";

import { useActionState } from "react";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";

type AckState = { message?: string; ok?: boolean };

/** The button that records the acknowledgement; the page behind a link only shows it, so a mail scanner that opens the link records nothing. */
export function GotItForm({ action }: { action: () => Promise<AckState> }) {
  const [state, dispatch] = useActionState<AckState>(action, {});
  return (
    <div className="space-y-4">
      <div aria-live="polite">{state.message ? <Notice tone={state.ok ? "success" : "error"}>{state.message}</Notice> : null}</div>
      {state.ok ? null : (
        <form action={dispatch}>
          <SubmitButton pendingLabel="Recording…">Got it</SubmitButton>
        </form>
      )}
    </div>
  );
}
