"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { initialFormState } from "@/lib/forms/form-state";
import type { MoveDirection } from "@/lib/goals/goal-input";
import type { FormAction } from "./goal-view";

type MoveGoalButtonsProps = {
  goalId: string;
  title: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  action: FormAction;
};

/** Up and down buttons; after a move, focus follows the goal to its new place. */
export function MoveGoalButtons({ goalId, title, canMoveUp, canMoveDown, action }: MoveGoalButtonsProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const lastDirection = useRef<MoveDirection | null>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state === initialFormState || !lastDirection.current) return;
    const [same, other] = lastDirection.current === "up" ? [upRef, downRef] : [downRef, upRef];
    // At either end the button just used is disabled; the other one keeps the keyboard in the card.
    (same.current?.disabled ? other.current : same.current)?.focus();
  }, [state]);

  const button = (direction: MoveDirection, enabled: boolean) => (
    <button
      ref={direction === "up" ? upRef : downRef}
      type="submit"
      name="direction"
      value={direction}
      disabled={!enabled || pending}
      aria-label={`Move ${title} ${direction}`}
      onClick={() => (lastDirection.current = direction)}
      className={buttonClass("ghost", "min-h-9 min-w-9 px-2.5 py-1.5")}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
      <span className="hidden sm:inline">{direction === "up" ? "Move up" : "Move down"}</span>
    </button>
  );

  return (
    <form action={formAction} className="flex items-center gap-1">
      <input type="hidden" name="goalId" value={goalId} />
      {button("up", canMoveUp)}
      {button("down", canMoveDown)}
      {state.message && !state.ok ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
