"use client";

import { useActionState } from "react";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormAction } from "./goal-view";

export type IncomingHandoverView = {
  id: string;
  goalTitle: string;
  goalDescription: string;
  fromName: string;
  note: string;
  offeredLabel: string;
};

type Actions = { acceptAction: FormAction; declineAction: FormAction };

function Answer({ handover, action, label, pendingLabel, variant }: {
  handover: IncomingHandoverView;
  action: FormAction;
  label: string;
  pendingLabel: string;
  variant: "primary" | "secondary";
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="handoverId" value={handover.id} />
      {state.ok ? null : <FormMessage state={state} />}
      <SubmitButton variant={variant} className="px-3 py-1.5" pendingLabel={pendingLabel}>
        {label}
        <span className="sr-only"> {handover.goalTitle}</span>
      </SubmitButton>
    </form>
  );
}

/** Goals other people offered: the person reads what they would take on, then answers. */
export function IncomingHandovers({ handovers, acceptAction, declineAction }: Actions & { handovers: IncomingHandoverView[] }) {
  return (
    <section aria-labelledby="incoming-handovers-heading" className="space-y-3">
      <h2 id="incoming-handovers-heading" className="text-base font-semibold">
        Goals offered to you <span className="font-normal text-zinc-500 dark:text-zinc-400">({handovers.length})</span>
      </h2>
      <ul className="space-y-3" aria-label="Goals offered to you">
        {handovers.map((handover) => (
          <li key={handover.id}>
            <Card className="space-y-3 border-indigo-200 dark:border-indigo-900">
              <div className="space-y-1">
                <h3 className="text-sm font-semibold break-words">{handover.goalTitle}</h3>
                <p className="text-xs text-zinc-600 dark:text-zinc-400">
                  Offered by {handover.fromName} on {handover.offeredLabel}
                </p>
              </div>
              {handover.goalDescription ? (
                <p className="text-sm whitespace-pre-line break-words text-zinc-700 dark:text-zinc-300">{handover.goalDescription}</p>
              ) : null}
              {handover.note ? (
                <blockquote className="border-l-2 border-zinc-300 pl-3 text-sm whitespace-pre-line break-words text-zinc-700 dark:border-zinc-700 dark:text-zinc-300">
                  {handover.note}
                </blockquote>
              ) : null}
              <div className="flex flex-wrap items-start gap-2">
                <Answer handover={handover} action={acceptAction} label="Accept" pendingLabel="Accepting…" variant="primary" />
                <Answer handover={handover} action={declineAction} label="Decline" pendingLabel="Declining…" variant="secondary" />
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
