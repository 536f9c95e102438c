"use client";
import { useState } from "react";

const buttonClass =
  "rounded-md border border-amber-300 bg-white px-2 py-1 text-xs font-medium text-amber-950 hover:bg-amber-100 " +
  "dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50 dark:hover:bg-amber-900";

/** Puts the author's own words on the clipboard; says so, or says to select them by hand. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={buttonClass} onClick={() => void copy()} aria-label={`Copy ${what}`}>
        Copy
      </button>
      <span aria-live="polite" className="text-xs">
        {result === "copied" ? "Copied" : result === "failed" ? "Select the text to copy it" : ""}
      </span>
    </span>
  );
}
