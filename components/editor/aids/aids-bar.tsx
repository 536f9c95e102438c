"use client";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { AID_LABELS, type AidSettings } from "./aid-settings";

/** The figures over the whole update that the bar shows. */
export type WritingAidsSummary = { totalWords: number; weStatements: number };

type AidsBarProps = { settings: AidSettings; summary: WritingAidsSummary; onChange: (next: AidSettings) => void };

function AidsMenu({ settings, onChange }: Pick<AidsBarProps, "settings" | "onChange">) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="relative" onKeyDown={closeOnEscape}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-md px-2 py-1 text-xs text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        Writing aids
      </button>
      {open ? (
        <fieldset
          id={panelId}
          className="absolute right-0 z-20 mt-1 w-60 space-y-1.5 rounded-lg border border-zinc-200 bg-white p-3 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          <legend className="sr-only">Writing aids</legend>
          {(Object.keys(AID_LABELS) as (keyof AidSettings)[]).map((key) => (
            <label key={key} className="flex items-center gap-2 text-zinc-700 dark:text-zinc-200">
              <input
                type="checkbox"
                checked={settings[key]}
                onChange={(event) => onChange({ ...settings, [key]: event.target.checked })}
                className="size-4 accent-indigo-600"
              />
              {AID_LABELS[key]}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}

/** Under the toolbar: the hint for highlighted words, the total word count and the aids' switches. */
export function AidsBar({ settings, summary, onChange }: AidsBarProps) {
  const showHint = settings.weStatements && summary.weStatements > 0;
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-zinc-100 px-4 py-1 text-xs text-zinc-500 sm:px-6 dark:border-zinc-800 dark:text-zinc-400">
      <p className="min-h-5">
        {showHint ? (
          <>
            <span className="rounded-sm bg-amber-100/70 underline decoration-amber-500 decoration-2 underline-offset-2 dark:bg-amber-400/15 dark:decoration-amber-400">
              Highlighted
            </span>
            : “we” — say what your part was
          </>
        ) : null}
      </p>
      <div className="flex items-center gap-2">
        {settings.wordCounts ? (
          <span className="tabular-nums" aria-live="off">
            {summary.totalWords} {summary.totalWords === 1 ? "word" : "words"} in total
          </span>
        ) : null}
        <AidsMenu settings={settings} onChange={onChange} />
      </div>
    </div>
  );
}
