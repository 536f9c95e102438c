// Every keyboard shortcut of the editor, in one place: the toolbar's tooltips and the help
// popover both read from here. "Mod" is ⌘ on a Mac and Ctrl elsewhere.

export type Shortcut = { action: string; keys: string[] };

export const SHORTCUT_KEYS = {
  bold: "Mod+B",
  italic: "Mod+I",
  code: "Mod+E",
  link: "Mod+K",
  bulletList: "Mod+Shift+8",
  orderedList: "Mod+Shift+7",
  quote: "Mod+Shift+B",
  codeBlock: "Mod+Alt+C",
  undo: "Mod+Z",
  redo: "Mod+Shift+Z",
  help: "Mod+/",
} as const;

export const SHORTCUT_GROUPS: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: "Formatting",
    shortcuts: [
      { action: "Bold", keys: [SHORTCUT_KEYS.bold] },
      { action: "Italic", keys: [SHORTCUT_KEYS.italic] },
      { action: "Inline code", keys: [SHORTCUT_KEYS.code, "`text`"] },
      { action: "Link", keys: [SHORTCUT_KEYS.link] },
    ],
  },
  {
    title: "Blocks",
    shortcuts: [
      { action: "Bulleted list", keys: [SHORTCUT_KEYS.bulletList, "- then Space"] },
      { action: "Numbered list", keys: [SHORTCUT_KEYS.orderedList, "1. then Space"] },
      { action: "Indent or outdent a list item", keys: ["Tab", "Shift+Tab"] },
      { action: "Quote", keys: [SHORTCUT_KEYS.quote, "> then Space"] },
      { action: "Code block", keys: [SHORTCUT_KEYS.codeBlock, "``` then Space"] },
      { action: "Line break in the same paragraph", keys: ["Shift+Enter"] },
    ],
  },
  {
    title: "Editing",
    shortcuts: [
      { action: "Undo", keys: [SHORTCUT_KEYS.undo] },
      { action: "Redo", keys: [SHORTCUT_KEYS.redo, "Mod+Y"] },
      { action: "Select the part, then the goal, then everything", keys: ["Mod+A"] },
      { action: "Show these shortcuts", keys: [SHORTCUT_KEYS.help] },
    ],
  },
];

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod+Shift+8" as this device writes it: "⌘+Shift+8" on a Mac, "Ctrl+Shift+8" elsewhere. */
export function keysForDevice(keys: string): string {
  return keys.replace("Mod", isMac() ? "⌘" : "Ctrl").replace("Alt", isMac() ? "Option" : "Alt");
}
