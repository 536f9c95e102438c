"use client";

import { useActionState } from "react";
import { Card } from "@/components/ui/card";
import { TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormAction } from "./goal-view";

export type WaitingHandoverView = { id: string; toName: string; toEmail: string; note: string; offeredLabel: string };

type HandoverCardProps = {
  goalId: string;
  waiting: WaitingHandoverView | null;
  offerAction: FormAction;
  cancelAction: FormAction;
};

function OfferForm({ goalId, action }: { goalId: string; action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const values = state.ok ? {} : (state.values ?? {});
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="goalId" value={goalId} />
      <FormMessage state={state} />
      <TextField
        id="handover-email"
        name="email"
        type="email"
        label="Their email address"
        required
        autoComplete="off"
        maxLength={320}
        className="sm:max-w-80"
        defaultValue={values.email ?? ""}
        error={state.fieldErrors?.email}
        hint="Someone who already uses Biweekly here."
      />
      <TextArea
        id="handover-note"
        name="note"
        label="Note to them"
        maxLength={2000}
        rows={2}
        defaultValue={values.note ?? ""}
        error={state.fieldErrors?.note}
        hint="Optional."
      />
      <SubmitButton variant="secondary" pendingLabel="Offering…">
        Hand over
      </SubmitButton>
    </form>
  );
}

function Waiting({ waiting, action }: { waiting: WaitingHandoverView; action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="handoverId" value={waiting.id} />
      <FormMessage state={state} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Waiting for <span className="font-medium">{waiting.toName}</span> ({waiting.toEmail}) to accept, offered {waiting.offeredLabel}.
        Until then the goal is yours and stays in your updates.
      </p>
      {waiting.note ? <p className="text-sm whitespace-pre-line break-words text-zinc-600 dark:text-zinc-400">Your note: {waiting.note}</p> : null}
      <SubmitButton variant="secondary" pendingLabel="Withdrawing…">
        Cancel handover
      </SubmitButton>
    </form>
  );
}

/** Offers the goal to another person here; it moves, with its history, only when they accept. */
export function HandoverCard({ goalId, waiting, offerAction, cancelAction }: HandoverCardProps) {
  return (
    <Card className="space-y-4">
      <div className="space-y-1">
        <h2 className="text-base font-semibold">Hand over this goal</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The new owner sees its whole story. Updates you already sent stay in your history.
        </p>
      </div>
      <div aria-live="polite">
        {waiting ? (
          <Waiting key={waiting.id} waiting={waiting} action={cancelAction} />
        ) : (
          <OfferForm goalId={goalId} action={offerAction} />
        )}
      </div>
    </Card>
  );
}
