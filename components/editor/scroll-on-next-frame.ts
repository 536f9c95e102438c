// The editor brings the caret into view after every change, and measuring where the caret is
// forces the browser to lay the page out in the middle of a keystroke; in a long update that is a
// few milliseconds per key, spent again when the frame is drawn. The same scroll is done at the
// next frame instead, where the layout is needed anyway.
import type { EditorView } from "@tiptap/pm/view";

// Keeps the caret clear of the sticky toolbar at the top and of the window's bottom edge.
const TOP_MARGIN = 72;
const BOTTOM_MARGIN = 24;

const waiting = new WeakSet<EditorView>();

/** For the `handleScrollToSelection` prop: always handled here, once per frame. */
export function scrollSelectionOnNextFrame(view: EditorView): boolean {
  if (waiting.has(view)) return true;
  waiting.add(view);
  requestAnimationFrame(() => {
    waiting.delete(view);
    if (view.isDestroyed) return;
    const caret = view.coordsAtPos(view.state.selection.head);
    if (caret.bottom > window.innerHeight - BOTTOM_MARGIN) window.scrollBy(0, caret.bottom - window.innerHeight + BOTTOM_MARGIN);
    else if (caret.top < TOP_MARGIN) window.scrollBy(0, caret.top - TOP_MARGIN);
  });
  return true;
}
