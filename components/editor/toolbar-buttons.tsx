"use client";
// The formatting toolbar's buttons. Before the editor has started they are shown, disabled, so
// the toolbar is in place and nothing moves when the editor arrives.
import type { KeyboardEvent, ReactNode } from "react";
import { keysForDevice, SHORTCUT_KEYS } from "./shortcuts";
import { ShortcutsHelp } from "./shortcuts-help";

/** What the text at the caret is, as the buttons show it. */
export type ToolbarState = {
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  code: boolean;
  quote: boolean;
  codeBlock: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

export type ToolbarCommand = "bold" | "italic" | "code" | "bulletList" | "orderedList" | "quote" | "codeBlock" | "undo" | "redo";

type ToolbarButtonsProps = {
  /** Null until the editor has started: every button is then disabled. */
  state: ToolbarState | null;
  linkOpen: boolean;
  onLink: () => void;
  onCommand: (command: ToolbarCommand) => void;
  shortcutsId: string;
};

function ToolButton(props: { label: string; keys?: string; pressed?: boolean; disabled?: boolean; onPress: () => void; children: ReactNode }) {
  const { label, keys, pressed, disabled, onPress, children } = props;
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={keys ? `${label} (${keysForDevice(keys)})` : label}
      disabled={disabled}
      // Keep the author's selection in the text while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
      className={
        "inline-flex h-9 min-w-9 items-center justify-center rounded-md px-2 text-sm text-zinc-700 transition-colors " +
        "hover:bg-zinc-100 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-300 dark:hover:bg-zinc-800 " +
        "aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 dark:aria-pressed:bg-indigo-950 dark:aria-pressed:text-indigo-200"
      }
    >
      {children}
    </button>
  );
}

function Icon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={path} />
    </svg>
  );
}

const ICONS = {
  bullets: "M8 5h9M8 10h9M8 15h9M3.5 5h.01M3.5 10h.01M3.5 15h.01",
  numbers: "M8 5h9M8 10h9M8 15h9M3 4l1-.5V7M3 13.5c.3-.5 1.8-.6 1.8.4 0 .8-1.8 1.4-1.8 2.1h2",
  link: "M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-.9.9M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l.9-.9",
  quote: "M4 6h4v4H5.5c0 2 .8 3 2.5 3.5M12 6h4v4h-2.5c0 2 .8 3 2.5 3.5",
  code: "M7.5 6 3.5 10l4 4M12.5 6l4 4-4 4",
  codeBlock: "M3.5 4.5h13v11h-13zM7.5 8 5.5 10l2 2M12.5 8l2 2-2 2",
  undo: "M7 8H13a4 4 0 0 1 0 8h-3M7 8l3-3M7 8l3 3",
  redo: "M13 8H7a4 4 0 0 0 0 8h3M13 8l-3-3M13 8l-3 3",
};

/** Arrow keys move between the buttons, as in any toolbar. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>("button:not(:disabled)"));
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  const next = (index + (event.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

export function ToolbarButtons({ state, linkOpen, onLink, onCommand, shortcutsId }: ToolbarButtonsProps) {
  const off = state === null;
  const run = (command: ToolbarCommand) => () => onCommand(command);
  return (
    <div role="toolbar" aria-label="Formatting" onKeyDown={moveFocus} className="flex flex-wrap items-center gap-0.5">
      <ToolButton label="Bold" keys={SHORTCUT_KEYS.bold} pressed={state?.bold} disabled={off} onPress={run("bold")}>
        <span className="font-bold">B</span>
      </ToolButton>
      <ToolButton label="Italic" keys={SHORTCUT_KEYS.italic} pressed={state?.italic} disabled={off} onPress={run("italic")}>
        <span className="font-serif italic">I</span>
      </ToolButton>
      <ToolButton label="Inline code" keys={SHORTCUT_KEYS.code} pressed={state?.code} disabled={off} onPress={run("code")}>
        <Icon path={ICONS.code} />
      </ToolButton>
      <ToolButton label="Link" keys={SHORTCUT_KEYS.link} pressed={Boolean(state?.link) || linkOpen} disabled={off} onPress={onLink}>
        <Icon path={ICONS.link} />
      </ToolButton>
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-700" />
      <ToolButton label="Bulleted list" keys={SHORTCUT_KEYS.bulletList} pressed={state?.bulletList} disabled={off} onPress={run("bulletList")}>
        <Icon path={ICONS.bullets} />
      </ToolButton>
      <ToolButton label="Numbered list" keys={SHORTCUT_KEYS.orderedList} pressed={state?.orderedList} disabled={off} onPress={run("orderedList")}>
        <Icon path={ICONS.numbers} />
      </ToolButton>
      <ToolButton label="Quote" keys={SHORTCUT_KEYS.quote} pressed={state?.quote} disabled={off} onPress={run("quote")}>
        <Icon path={ICONS.quote} />
      </ToolButton>
      <ToolButton label="Code block" keys={SHORTCUT_KEYS.codeBlock} pressed={state?.codeBlock} disabled={off} onPress={run("codeBlock")}>
        <Icon path={ICONS.codeBlock} />
      </ToolButton>
      <span aria-hidden="true" className="mx-1 h-5 w-px bg-zinc-200 dark:bg-zinc-700" />
      <ToolButton label="Undo" keys={SHORTCUT_KEYS.undo} disabled={!state?.canUndo} onPress={run("undo")}>
        <Icon path={ICONS.undo} />
      </ToolButton>
      <ToolButton label="Redo" keys={SHORTCUT_KEYS.redo} disabled={!state?.canRedo} onPress={run("redo")}>
        <Icon path={ICONS.redo} />
      </ToolButton>
      <ShortcutsHelp popoverId={shortcutsId} />
    </div>
  );
}
