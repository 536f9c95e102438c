// The editor's view of goal sections and parts: the goal title and the part labels are shown
// but cannot be edited or selected; only the part's content is writable.
import { AnythingElse, GoalPart, GoalSection } from "@/lib/content/extensions";
import {
  ANYTHING_ELSE_LABEL,
  CYCLE_STATUS_LABELS,
  CYCLE_STATUSES,
  cycleStatus,
  PART_LABELS,
  partKind,
  type CycleStatus,
} from "@/lib/content/document";
import { showPartAids } from "./aids/part-aid-label";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

// A node view's update runs on every keystroke in its section. Writing the same text or attribute
// again still makes the browser restyle and lay the header out, so only changes are written.
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function setAttribute(node: HTMLElement, name: string, value: string): void {
  if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

const STATUS_CHOICES: Array<[CycleStatus | "", string]> = [
  ["", "Status not set"],
  ...CYCLE_STATUSES.map((status): [CycleStatus, string] => [status, CYCLE_STATUS_LABELS[status]]),
];

const STATUS_TONES: Record<CycleStatus | "", string> = {
  "": "border-zinc-300 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400",
  ON_TRACK: "border-emerald-300 text-emerald-800 dark:border-emerald-800 dark:text-emerald-300",
  AT_RISK: "border-amber-300 text-amber-800 dark:border-amber-800 dark:text-amber-300",
  OFF_TRACK: "border-red-300 text-red-800 dark:border-red-800 dark:text-red-300",
};

const STATUS_SELECT_CLASS =
  "rounded-lg border bg-white px-2 py-1 text-xs font-medium dark:bg-zinc-900 " +
  "focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500";

/** A choice, not prose: how the goal is going in this update, kept on the section itself. */
function statusSelect(onChoose: (status: CycleStatus | null) => void): HTMLSelectElement {
  const select = element("select", STATUS_SELECT_CLASS);
  for (const [value, label] of STATUS_CHOICES) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    select.append(option);
  }
  select.addEventListener("change", () => onChoose(cycleStatus(select.value)));
  return select;
}

export const EditorGoalSection = GoalSection.extend({
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const dom = element("section", "space-y-3 border-t border-zinc-200 pt-6 first:border-t-0 first:pt-0 dark:border-zinc-800");
      dom.setAttribute("data-goal-section", "");
      // A fixed-height header (the status choice is its tallest item) so the server-rendered draft
      // can reserve the same space before the editor starts.
      const header = element("div", "flex min-h-7 select-none flex-wrap items-center justify-between gap-2");
      header.contentEditable = "false";
      const title = element("h2", "text-base font-semibold text-zinc-900 dark:text-zinc-100");
      const select = statusSelect((status) => {
        const pos = getPos();
        if (typeof pos !== "number" || !editor.isEditable) return;
        // One step in the document, so undo brings the previous status back and autosave stores it.
        editor.view.dispatch(editor.state.tr.setNodeAttribute(pos, "status", status));
      });
      header.append(title, select);
      const contentDOM = element("div", "space-y-4");
      contentDOM.setAttribute("data-goal-parts", "");
      dom.append(header, contentDOM);

      const show = (attrs: Record<string, unknown>) => {
        setAttribute(dom, "data-goal-id", String(attrs.goalId));
        setText(title, String(attrs.title));
        const status = cycleStatus(attrs.status) ?? "";
        if (select.value !== status) select.value = status;
        setAttribute(select, "class", `${STATUS_SELECT_CLASS} ${STATUS_TONES[status]}`);
        setAttribute(select, "aria-label", `Status of ${String(attrs.title)}`);
        if (select.disabled === editor.isEditable) select.disabled = !editor.isEditable;
      };
      show(node.attrs);
      return {
        dom,
        contentDOM,
        update: (updated) => {
          if (updated.type !== node.type) return false;
          show(updated.attrs);
          return true;
        },
        // The select handles its own keys and clicks; the editor must not treat them as typing.
        stopEvent: (event) => event.target instanceof Node && select.contains(event.target),
        ignoreMutation: (mutation) => mutation.type !== "selection" && header.contains(mutation.target),
      };
    };
  },
});

const PART_CONTENT_CLASS =
  "rounded-lg border border-transparent px-3 py-2 transition-colors " +
  "group-hover/part:border-zinc-200 dark:group-hover/part:border-zinc-800 " +
  "group-data-[aid-empty]/part:border-dashed group-data-[aid-empty]/part:border-l-zinc-300 " +
  "dark:group-data-[aid-empty]/part:border-l-zinc-600 " +
  "in-[.ProseMirror-focused]:group-[.is-current]/part:border-indigo-300 " +
  "dark:in-[.ProseMirror-focused]:group-[.is-current]/part:border-indigo-700";

export const EditorGoalPart = GoalPart.extend({
  addNodeView() {
    return ({ node, decorations }) => {
      const dom = element("div", "group/part");
      const header = element("div", "mb-1 flex min-h-4 select-none flex-wrap items-center gap-x-2");
      header.contentEditable = "false";
      const label = element("h3", "text-xs font-medium uppercase tracking-wide text-zinc-500 dark:text-zinc-400");
      const aids = element("span", "flex items-center gap-2 text-xs leading-4 text-zinc-500 dark:text-zinc-400");
      header.append(label, aids);
      const contentDOM = element("div", PART_CONTENT_CLASS);
      contentDOM.setAttribute("data-part-content", "");
      dom.append(header, contentDOM);

      const show = (kind: unknown) => {
        setAttribute(dom, "data-goal-part", partKind(kind));
        setText(label, PART_LABELS[partKind(kind)]);
      };
      show(node.attrs.kind);
      showPartAids(aids, decorations);
      return {
        dom,
        contentDOM,
        update: (updated, updatedDecorations) => {
          if (updated.type !== node.type) return false;
          show(updated.attrs.kind);
          showPartAids(aids, updatedDecorations);
          return true;
        },
        ignoreMutation: (mutation) => mutation.type !== "selection" && header.contains(mutation.target),
      };
    };
  },
});

/** "Anything else": a titled, optional section after the goals, written like a part. */
export const EditorAnythingElse = AnythingElse.extend({
  addNodeView() {
    return ({ decorations }) => {
      const dom = element("section", "group/part space-y-2 border-t border-zinc-200 pt-6 dark:border-zinc-800");
      dom.setAttribute("data-anything-else", "");
      const header = element("div", "flex select-none items-baseline gap-2");
      header.contentEditable = "false";
      const title = element("h2", "text-base font-semibold text-zinc-900 dark:text-zinc-100");
      title.textContent = ANYTHING_ELSE_LABEL;
      const hint = element("span", "text-xs text-zinc-500 dark:text-zinc-400");
      hint.textContent = "Optional: left out of the email when empty";
      const aids = element("span", "flex items-baseline gap-2 text-xs text-zinc-500 dark:text-zinc-400");
      header.append(title, hint, aids);
      showPartAids(aids, decorations);
      const contentDOM = element("div", PART_CONTENT_CLASS);
      contentDOM.setAttribute("data-part-content", "");
      dom.append(header, contentDOM);
      return {
        dom,
        contentDOM,
        update: (updated, updatedDecorations) => {
          if (updated.type.name !== "anythingElse") return false;
          showPartAids(aids, updatedDecorations);
          return true;
        },
        ignoreMutation: (mutation) => mutation.type !== "selection" && header.contains(mutation.target),
      };
    };
  },
});
