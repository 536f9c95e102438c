// What the author does in the draft while the editor is still loading, kept in order so the editor
// does the same once it has started. The draft is editable, so the caret, the selection, mobile
// keyboards and input methods work as anywhere; every change to the text itself is stopped and
// kept here instead, so the draft's markup stays a faithful map of the document and a place in it
// is a place in the document.
import type { TemplateGoal } from "@/lib/content/template";
import { caretAtDomPoint, domPointOfCaret, sameCaret, type DraftCaret } from "./draft-caret";

export type QueuedKey = Pick<KeyboardEvent, "key" | "code" | "keyCode" | "shiftKey" | "altKey" | "ctrlKey" | "metaKey">;

export type QueuedInput =
  | { kind: "select"; anchor: DraftCaret; head: DraftCaret }
  | { kind: "text"; text: string }
  | { kind: "key"; key: QueuedKey }
  | { kind: "paste"; html: string; text: string }
  | { kind: "add-goal"; goal: TemplateGoal };

type Selected = { anchor: DraftCaret; head: DraftCaret };

const EDITING_KEYS = new Set(["Enter", "Backspace", "Delete"]);
const MOVING_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);
/** The editor's own shortcuts with Ctrl or ⌘ (formatting, lists, undo); every other combination stays the browser's. */
const SHORTCUT_CODES = new Set(["KeyB", "KeyI", "KeyE", "KeyZ", "KeyY", "Digit7", "Digit8"]);

const NO_MODIFIERS = { shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
const key = (name: string, code: string, keyCode: number, modifiers: Partial<typeof NO_MODIFIERS> = {}): QueuedKey => ({
  key: name,
  code,
  keyCode,
  ...NO_MODIFIERS,
  ...modifiers,
});
const MOD = typeof navigator !== "undefined" && /Mac|iP(hone|ad)/.test(navigator.platform) ? { metaKey: true } : { ctrlKey: true };

/** What the browser would do with a `beforeinput` it was not given as a key, as the editor's key. */
const INPUT_KEYS: Record<string, QueuedKey> = {
  insertParagraph: key("Enter", "Enter", 13),
  insertLineBreak: key("Enter", "Enter", 13, { shiftKey: true }),
  deleteContentBackward: key("Backspace", "Backspace", 8),
  deleteWordBackward: key("Backspace", "Backspace", 8),
  deleteContentForward: key("Delete", "Delete", 46),
  deleteWordForward: key("Delete", "Delete", 46),
  deleteByCut: key("Delete", "Delete", 46),
  historyUndo: key("z", "KeyZ", 90, MOD),
  historyRedo: key("z", "KeyZ", 90, { ...MOD, shiftKey: true }),
};

const isCharacter = (name: string) => [...name].length === 1;
const isPlainEnter = (k: QueuedKey) => k.key === "Enter" && !k.shiftKey && !k.altKey && !k.ctrlKey && !k.metaKey;

function asQueuedKey(event: KeyboardEvent): QueuedKey {
  const { key: name, code, keyCode, shiftKey, altKey, ctrlKey, metaKey } = event;
  return { key: name, code, keyCode, shiftKey, altKey, ctrlKey, metaKey };
}

export class DraftInputQueue {
  private readonly inputs: QueuedInput[] = [];
  private root: HTMLElement | null = null;
  private rootHtml = "";
  private ownsFocus = false;
  private open = true;
  private listening = false;
  private composing = false;
  /** The draft's selection as the author last left it, and as last handed to the editor. */
  private selected: Selected | null = null;
  private handedOver: Selected | null = null;
  /** Once text is kept here it is not on screen, so keys that move the caret are the editor's too. */
  private edited = false;

  constructor(private readonly target: Document) {}

  /** The server-rendered draft the author clicks and types into. */
  attach(root: HTMLElement | null): void {
    if (root && root !== this.root) {
      this.root = root;
      this.rootHtml = root.innerHTML;
    }
  }

  /** Starts watching the page; only what is meant for the draft is taken. */
  listen(): void {
    if (!this.open || this.listening) return;
    this.listening = true;
    for (const [type, handler] of this.handlers) this.target.addEventListener(type, handler, true);
  }

  /** Stops watching the page; what was taken stays. */
  stop(): void {
    this.listening = false;
    for (const [type, handler] of this.handlers) this.target.removeEventListener(type, handler, true);
  }

  /** The author pressed on the draft: what they type next is theirs, wherever the focus goes meanwhile. */
  pointerDown(): void {
    this.ownsFocus = true;
  }

  /** "Add its section" pressed before the editor had started. */
  addGoal(goal: TemplateGoal): void {
    if (this.open) this.inputs.push({ kind: "add-goal", goal });
  }

  /**
   * Everything kept, in order, ending with where the caret was left, and whether the author was in
   * the draft (so the editor should take the focus). From here on the editor has the keys.
   */
  drain(): { inputs: QueuedInput[]; focus: boolean } {
    this.handOverSelection();
    this.open = false;
    this.stop();
    return { inputs: this.inputs.splice(0), focus: this.inDraft() };
  }

  // The draft is swapped for the editor while the author types: between the two, the focus is on
  // the page itself, and keys arriving then are still theirs.
  private inDraft(): boolean {
    if (!this.ownsFocus) return false;
    const active = this.target.activeElement;
    return active === null || active === this.target.body || Boolean(this.root?.contains(active));
  }

  private push(input: QueuedInput): void {
    this.handOverSelection();
    this.inputs.push(input);
    if (input.kind !== "select" && input.kind !== "add-goal") this.edited = true;
  }

  private handOverSelection(): void {
    const now = this.selected;
    if (!now || (this.handedOver && sameCaret(now.anchor, this.handedOver.anchor) && sameCaret(now.head, this.handedOver.head))) return;
    this.inputs.push({ kind: "select", ...now });
    this.handedOver = now;
  }

  private readSelection(): Selected | null {
    const selection = this.target.getSelection();
    const root = this.root;
    if (!root || !selection?.anchorNode || !selection.focusNode) return null;
    const anchor = caretAtDomPoint(root, selection.anchorNode, selection.anchorOffset);
    const head = caretAtDomPoint(root, selection.focusNode, selection.focusOffset);
    return anchor && head ? { anchor, head } : null;
  }

  private readonly onSelectionChange = () => {
    if (this.composing) return;
    this.selected = this.readSelection() ?? this.selected;
  };

  private readonly onFocusIn = (event: Event) => {
    this.ownsFocus = Boolean(this.root && event.target instanceof Node && this.root.contains(event.target));
  };

  private readonly onKeyDown = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || !this.inDraft() || event.isComposing) return;
    const mod = event.ctrlKey || event.metaKey;
    let input: QueuedInput | null = null;
    // AltGr arrives as Ctrl+Alt and types a character.
    if (isCharacter(event.key) && (!mod || (event.ctrlKey && event.altKey))) input = { kind: "text", text: event.key };
    else if (EDITING_KEYS.has(event.key) || (MOVING_KEYS.has(event.key) && this.edited) || (mod && SHORTCUT_CODES.has(event.code))) {
      input = { kind: "key", key: asQueuedKey(event) };
    }
    if (!input) return;
    event.preventDefault();
    // Enter on the draft reached with Tab is how a keyboard opens the editor, not a new paragraph.
    if (this.inputs.length === 0 && input.kind === "key" && isPlainEnter(input.key)) return;
    this.push(input);
  };

  private readonly onBeforeInput = (event: Event) => {
    if (!(event instanceof InputEvent) || !this.root?.contains(event.target as Node)) return;
    if (event.isComposing || event.inputType.startsWith("insertComposition")) return;
    event.preventDefault();
    const range = event.getTargetRanges()[0];
    if (range && this.root) {
      const anchor = caretAtDomPoint(this.root, range.startContainer, range.startOffset);
      const head = caretAtDomPoint(this.root, range.endContainer, range.endOffset);
      if (anchor && head) this.selected = { anchor, head };
    }
    const text = event.data ?? event.dataTransfer?.getData("text/plain") ?? "";
    if (event.inputType === "insertText" || event.inputType === "insertReplacementText") {
      if (text) this.push({ kind: "text", text });
    } else if (INPUT_KEYS[event.inputType]) this.push({ kind: "key", key: INPUT_KEYS[event.inputType]! });
  };

  private readonly onCompositionStart = () => {
    if (!this.inDraft()) return;
    this.selected = this.readSelection() ?? this.selected;
    this.handOverSelection();
    this.composing = true;
  };

  // An input method writes into the draft itself: its text is kept, and the draft is put back as
  // it was, with the caret where the text began (the editor shows the text after it).
  private readonly onCompositionEnd = (event: Event) => {
    if (!this.composing || !(event instanceof CompositionEvent)) return;
    this.composing = false;
    if (event.data) this.push({ kind: "text", text: event.data });
    const root = this.root;
    const caret = this.handedOver?.head;
    const html = this.rootHtml;
    setTimeout(() => {
      if (!root || !this.open) return;
      root.innerHTML = html;
      const point = caret ? domPointOfCaret(root, caret) : null;
      if (point) this.target.getSelection()?.collapse(point.node, point.offset);
    }, 0);
  };

  private readonly onPaste = (event: Event) => {
    if (!(event instanceof ClipboardEvent) || !this.inDraft() || !event.clipboardData) return;
    event.preventDefault();
    this.push({ kind: "paste", html: event.clipboardData.getData("text/html"), text: event.clipboardData.getData("text/plain") });
  };

  private readonly onDrop = (event: Event) => {
    if (this.root?.contains(event.target as Node)) event.preventDefault();
  };

  private readonly handlers: [string, (event: Event) => void][] = [
    ["selectionchange", this.onSelectionChange],
    ["focusin", this.onFocusIn],
    ["keydown", this.onKeyDown],
    ["beforeinput", this.onBeforeInput],
    ["compositionstart", this.onCompositionStart],
    ["compositionend", this.onCompositionEnd],
    ["paste", this.onPaste],
    ["drop", this.onDrop],
  ];
}
