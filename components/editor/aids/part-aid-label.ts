// The aids shown beside a part's label: its word count, and "Empty" or "Almost the same as last
// time" when they apply. Read from the part's decoration, so they follow the author's settings.
import type { Decoration } from "@tiptap/pm/view";
import type { PartAidSpec } from "./aid-decorations";

function isPartAidSpec(spec: unknown): spec is PartAidSpec {
  return typeof spec === "object" && spec !== null && "aidWords" in spec;
}

type Chip = { text: string; className: string };

function chipElement({ text, className }: Chip): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}

function chipsFor(spec: PartAidSpec | undefined): Chip[] {
  const chips: Chip[] = [];
  if (spec?.aidWords !== null && spec?.aidWords !== undefined) {
    chips.push({ text: `${spec.aidWords} ${spec.aidWords === 1 ? "word" : "words"}`, className: "tabular-nums" });
  }
  if (spec?.aidEmpty) {
    chips.push({ text: "Empty", className: "rounded px-1 text-zinc-500 outline-1 outline-zinc-300 outline-dashed dark:text-zinc-400 dark:outline-zinc-600" });
  }
  if (spec?.aidStale) {
    chips.push({
      text: "Almost the same as last time",
      className: "rounded bg-amber-50 px-1 text-amber-800 ring-1 ring-amber-200 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/30",
    });
  }
  return chips;
}

// What each label shows now, so a keystroke that changes none of it leaves the label's DOM alone.
// A chip's look follows from its text, so the texts say it all.
const shownChips = new WeakMap<HTMLElement, string>();

/** Fills `target` with the aids the part's decorations carry; empty when the aids are off. */
export function showPartAids(target: HTMLElement, decorations: readonly Decoration[]): void {
  const spec = decorations.map((decoration) => decoration.spec as unknown).find(isPartAidSpec);
  const chips = chipsFor(spec);
  const shown = chips.map((chip) => chip.text).join("\n");
  if (shownChips.get(target) === shown) return;
  shownChips.set(target, shown);
  target.replaceChildren(...chips.map(chipElement));
}
