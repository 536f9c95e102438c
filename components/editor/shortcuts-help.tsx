"use client";
import { useId } from "react";
import { keysForDevice, SHORTCUT_GROUPS } from "./shortcuts";

/** Opens the shortcuts popover from the keyboard (Mod+/); closing it puts the author back where they were. */
export function openShortcutsHelp(popoverId: string, returnFocus: () => void): void {
  const popover = document.getElementById(popoverId);
  if (!popover || popover.matches(":popover-open")) return;
  popover.showPopover();
  popover.focus();
  popover.addEventListener(
    "toggle",
    (event) => {
      if ((event as ToggleEvent).newState === "closed") returnFocus();
    },
    { once: true },
  );
}

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="flex flex-wrap justify-end gap-1.5">
      {keys.map((key, index) => (
        <span key={key} className="flex items-center gap-1.5">
          {index > 0 ? <span className="text-xs text-zinc-500 dark:text-zinc-400">or</span> : null}
          <kbd className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs text-zinc-800 dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100">
            {keysForDevice(key)}
          </kbd>
        </span>
      ))}
    </span>
  );
}

/** The "Keyboard shortcuts" button and its popover: every shortcut the editor knows. Shown only in the browser, with the editor. */
export function ShortcutsHelp({ popoverId }: { popoverId: string }) {
  const headingId = useId();
  return (
    <>
      <button
        type="button"
        popoverTarget={popoverId}
        aria-label="Keyboard shortcuts"
        title={`Keyboard shortcuts (${keysForDevice("Mod+/")})`}
        className="inline-flex h-9 min-w-9 items-center justify-center rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true" className="font-semibold">?</span>
      </button>
      <div
        id={popoverId}
        popover="auto"
        role="dialog"
        tabIndex={-1}
        aria-labelledby={headingId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl outline-none border border-zinc-200 bg-white p-5 text-sm text-zinc-800 shadow-xl backdrop:bg-zinc-950/20 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id={headingId} className="text-base font-semibold">
            Keyboard shortcuts
          </h2>
          <button
            type="button"
            popoverTarget={popoverId}
            popoverTargetAction="hide"
            className="rounded-md px-2 py-1 text-xs text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            Close
          </button>
        </div>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="mt-4">
            <h3 className="text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400">{group.title}</h3>
            <dl className="mt-1 divide-y divide-zinc-100 dark:divide-zinc-800">
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.action} className="flex items-center justify-between gap-4 py-1.5">
                  <dt>{shortcut.action}</dt>
                  <dd>
                    <Keys keys={shortcut.keys} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
