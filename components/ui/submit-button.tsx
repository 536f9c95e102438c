"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className = "",
  pending: pendingOverride,
  ...props
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** For forms submitted through onSubmit, where the form status is not tracked by React. */
  pending?: boolean;
} & Omit<
  React.ComponentProps<"button">,
  "type"
>) {
  const status = useFormStatus();
  const pending = pendingOverride ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, className)} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
