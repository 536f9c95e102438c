"use client";
import type { JSONContent } from "@tiptap/core";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { compareUpdateCopies } from "@/lib/updates/compare-update-copies";
import { clockTime } from "../save-status";
import type { SavedVersion } from "../save-request";
import { asUpdateDocument } from "./as-update-document";
import { ComparedParts } from "./compared-parts";

type ConflictViewProps = {
  /** This tab's text, which the server refused. */
  mine: JSONContent;
  /** The newer copy saved from another tab or device. */
  saved: SavedVersion;
  onKeepMine: () => void;
  onUseSaved: () => void;
};

export const MINE_LABEL = "This tab (not saved)";

/**
 * A save was refused because a newer copy was saved elsewhere. Both copies are shown part by part,
 * and nothing happens until the author chooses one: nothing is overwritten silently.
 */
export function ConflictView({ mine, saved, onKeepMine, onUseSaved }: ConflictViewProps) {
  const titleId = useId();
  const parts = useMemo(() => compareUpdateCopies(asUpdateDocument(mine), saved.content), [mine, saved]);
  const differing = parts.filter((part) => !part.same).length;
  return (
    <section
      aria-labelledby={titleId}
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-50"
    >
      <div role="alert" className="space-y-1">
        <h2 id={titleId} className="text-base font-semibold">
          This update was changed in another tab or device
        </h2>
        <p>
          Saving here has stopped so that neither version is overwritten. Everything you typed is kept on this device.{" "}
          {differing === 1 ? "1 part differs" : `${differing} parts differ`}: compare them and choose which version to keep.
        </p>
      </div>
      <ComparedParts parts={parts} mineLabel={MINE_LABEL} savedLabel={`Saved at ${clockTime(saved.savedAt)} (from another tab or device)`} />
      <div className="flex flex-wrap gap-2">
        <Button onClick={onKeepMine}>Keep this tab&apos;s version</Button>
        <Button variant="secondary" onClick={onUseSaved}>
          Use the saved version
        </Button>
      </div>
      <p className="text-xs text-amber-900 dark:text-amber-200">
        Keeping this tab&apos;s version saves it over the other one. Using the saved version puts it in the editor; this tab&apos;s text stays on
        this device until you dismiss it.
      </p>
    </section>
  );
}
