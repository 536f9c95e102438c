"use client";
import type { Editor } from "@tiptap/core";
import { useEffect, useState } from "react";
import { DEFAULT_AID_SETTINGS, loadAidSettings, saveAidSettings, type AidSettings } from "./aid-settings";
import { configureWritingAids, type PreviousSection } from "./writing-aids";

/** The author's aid settings, kept in step with the editor; last time's text goes to the editor too. */
export function useWritingAids(editor: Editor | null, previousSections: PreviousSection[] | undefined) {
  // Read on the device: the server render shows no aids, so no markup depends on this yet.
  const [settings, setSettings] = useState<AidSettings>(() =>
    typeof window === "undefined" ? DEFAULT_AID_SETTINGS : loadAidSettings(),
  );

  useEffect(() => {
    if (editor && !editor.isDestroyed) configureWritingAids(editor.view, { settings });
  }, [editor, settings]);

  // Compared by content: a parent that rebuilds the list on each render must not re-check every part.
  const previousKey = JSON.stringify(previousSections ?? []);
  useEffect(() => {
    const previous = JSON.parse(previousKey) as PreviousSection[];
    if (editor && !editor.isDestroyed) configureWritingAids(editor.view, { previous });
  }, [editor, previousKey]);

  function change(next: AidSettings) {
    setSettings(next);
    saveAidSettings(next);
  }

  return { settings, change };
}
