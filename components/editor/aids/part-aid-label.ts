// The aids shown beside a part's label: its word count, and "Empty" or "Almost the same as last
// time" when they apply. Read from the part's decoration, so they follow the author's settings.
import type { Decoration } from "@tiptap/pm/view";
import type { PartAidSpec } from "./aid-decorations";

function isPartAidSpec(spec: unknown): spec is PartAidSpec {
  return typeof spec === "object" && spec !== null && "aidWords" in spec;
}

function chip(text: string, className: string): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}

/** Fills `target` with the aids the part's decorations carry; empty when the aids are off. */
export function showPartAids(target: HTMLElement, decorations: readonly Decoration[]): void {
  const spec = decorations.map((decoration) => decoration.spec as unknown).find(isPartAidSpec);
  const shown: HTMLElement[] = [];
  if (spec?.aidWords !== null && spec?.aidWords !== undefined) {
    shown.push(chip(`${spec.aidWords} ${spec.aidWords === 1 ? "word" : "words"}`, "tabular-nums"));
  }
  if (spec?.aidEmpty) {
    shown.push(chip("Empty", "rounded px-1 text-zinc-500 outline-1 outline-zinc-300 outline-dashed dark:text-zinc-400 dark:outline-zinc-600"));
  }
  if (spec?.aidStale) {
    shown.push(
      chip(
        "Almost the same as last time",
        "rounded bg-amber-50 px-1 text-amber-800 ring-1 ring-amber-200 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/30",
      ),
    );
  }
  target.replaceChildren(...shown);
}
