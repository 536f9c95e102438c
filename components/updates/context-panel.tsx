import type { ReactNode } from "react";

const BOX = "rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60";

/**
 * Read-only context beside the editor: folded above it on phones, open in the side column on wide
 * screens. `children` is rendered in both places; only one is ever shown.
 */
export function ContextPanel({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  return (
    <aside aria-label={label}>
      <details className={`${BOX} lg:hidden`}>
        <summary className="cursor-pointer rounded-xl px-4 py-3 text-sm font-medium text-zinc-800 dark:text-zinc-200">{title}</summary>
        <div className="border-t border-zinc-200 px-4 py-4 dark:border-zinc-800">{children}</div>
      </details>
      <div className={`${BOX} hidden space-y-4 p-4 lg:block`}>
        <h2 className="text-sm font-semibold text-zinc-800 dark:text-zinc-200">{title}</h2>
        {children}
      </div>
    </aside>
  );
}
