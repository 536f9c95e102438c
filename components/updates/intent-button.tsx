"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

type IntentButtonProps = {
  /** Sent as the form's "intent" field, so one action can tell the buttons apart. */
  intent: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  children: React.ReactNode;
};

/** One of several submit buttons of a form: all wait while it is submitted, only the pressed one says so. */
export function IntentButton({ intent, pendingLabel, variant = "primary", children }: IntentButtonProps) {
  const { pending, data } = useFormStatus();
  const pressed = pending && data?.get("intent") === intent;
  return (
    <button type="submit" name="intent" value={intent} disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pressed ? pendingLabel : children}
    </button>
  );
}
