"use client";
// The update as the author left it, shown at once from the server's HTML, and the editor loaded
// only when the author reaches for it: a press, a tap, the keyboard's focus or a key. Until it
// has started, everything the author does in the draft is kept in order and handed to it.
import type { JSONContent } from "@tiptap/core";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ComponentType, type MouseEvent } from "react";
import type { TemplateGoal } from "@/lib/content/template";
import { AidsBar } from "./aids/aids-bar";
import { DEFAULT_AID_SETTINGS, loadAidSettings, saveAidSettings, type AidSettings } from "./aids/aid-settings";
import { documentWordCount } from "@/lib/content/document-word-count";
import { DraftInputQueue } from "./draft-input-queue";
import { readDraft, sameContent } from "./draft-store";
import { EDITOR_CLASS, EditorFrame } from "./editor-frame";
import { MissingGoalsNotice } from "./missing-goals-notice";
import { SaveIndicator } from "./save-status";
import { ToolbarButtons } from "./toolbar-buttons";
import type { UpdateEditorProps } from "./update-editor";

type StartedEditor = ComponentType<UpdateEditorProps & { queue: DraftInputQueue }>;

// The server-rendered draft, laid out like the editor's goal sections and parts.
const DRAFT_CLASS = [
  "cursor-text focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-400",
  "[&>section+section]:border-t [&>section+section]:border-zinc-200 [&>section+section]:pt-6 dark:[&>section+section]:border-zinc-800",
  "[&>[data-goal-section]]:space-y-3 [&>[data-anything-else]]:space-y-2 [&_[data-goal-parts]]:space-y-4",
  "[&_h2]:text-base [&_h2]:font-semibold [&>[data-goal-section]>h2]:flex [&>[data-goal-section]>h2]:min-h-7 [&>[data-goal-section]>h2]:items-center",
  "[&_h3]:mb-1 [&_h3]:text-xs [&_h3]:font-medium [&_h3]:uppercase [&_h3]:tracking-wide [&_h3]:text-zinc-500 dark:[&_h3]:text-zinc-400",
  "[&_[data-part-content]]:border [&_[data-part-content]]:border-transparent [&_[data-part-content]]:px-3 [&_[data-part-content]]:py-2",
].join(" ");

const SAVED = { kind: "saved", at: null } as const;
const noop = () => {};

function goalIdsOf(doc: JSONContent): Set<string> {
  return new Set((doc.content ?? []).filter((node) => node.type === "goalSection").map((node) => String(node.attrs?.goalId)));
}

/** The author's aid settings, read on the device after the first paint so the server's markup matches. */
function useAidSettings() {
  const [settings, setSettings] = useState<AidSettings>(DEFAULT_AID_SETTINGS);
  useEffect(() => {
    const stored = loadAidSettings();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the device's choice is known only here
    setSettings(stored);
  }, []);
  const change = (next: AidSettings) => {
    setSettings(next);
    saveAidSettings(next);
  };
  return { settings, change };
}

/** The editor's own chunk, fetched once; a failure lets the next reach try again. */
function useEditorOnIntent() {
  const [Started, setStarted] = useState<StartedEditor | null>(null);
  const [state, setState] = useState<"waiting" | "loading" | "failed">("waiting");
  const loading = useRef(false);
  const start = () => {
    if (loading.current) return;
    loading.current = true;
    setState("loading");
    import("./update-editor").then(
      // Never inside the press that asked for it: once the chunk is cached it arrives while the
      // pointer's own events are still being dispatched, and the browser's focus and caret for that
      // press must land in the draft (where they are kept), not on an element already swapped out.
      (module) => setTimeout(() => setStarted(() => module.UpdateEditor), 0),
      () => {
        loading.current = false;
        setState("failed");
      },
    );
  };
  return { Started, state, start };
}

export function LazyUpdateEditor(props: UpdateEditorProps) {
  const { initialContent, initialHtml, previewHref, activeGoals } = props;
  const router = useRouter();
  const shortcutsId = useId();
  const hintId = useId();
  const [queue] = useState(() => (typeof document === "undefined" ? null : new DraftInputQueue(document)));
  const [added, setAdded] = useState<string[]>([]);
  const aids = useAidSettings();
  const { Started, state, start } = useEditorOnIntent();

  useEffect(() => {
    queue?.listen();
    return () => queue?.stop();
  }, [queue]);

  // Text kept on this device that the server never got is put back (or offered) by the editor:
  // with such a copy waiting, the editor starts at once rather than on the author's first reach.
  const { updateId } = props;
  useEffect(() => {
    const kept = readDraft(updateId);
    if ((kept && !sameContent(kept.content, initialContent)) || readDraft(updateId, "set-aside")) start();
    // Once, for the page as the server rendered it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (Started && queue) return <Started {...props} queue={queue} />;

  const present = goalIdsOf(initialContent as JSONContent);
  const missing = (activeGoals ?? []).filter((goal) => !present.has(goal.id) && !added.includes(goal.id));
  const addGoal = (goal: TemplateGoal) => {
    queue?.addGoal(goal);
    setAdded((ids) => [...ids, goal.id]);
    start();
  };
  // A link in the draft is the author's text here, not a way off the page.
  const keepLinks = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest("a")) event.preventDefault();
  };

  return (
    <EditorFrame
      notices={
        <>
          {state === "failed" ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              The editor did not load. Check your connection, then click your text to try again; what you typed is kept.
            </p>
          ) : null}
          <MissingGoalsNotice missing={missing} onAdd={addGoal} />
        </>
      }
      toolbar={<ToolbarButtons state={null} linkOpen={false} onLink={noop} onCommand={noop} shortcutsId={shortcutsId} />}
      status={<SaveIndicator status={SAVED} />}
      aidsBar={<AidsBar settings={aids.settings} summary={{ totalWords: documentWordCount(initialContent as JSONContent), weStatements: 0 }} onChange={aids.change} />}
      text={
        <>
          <div
            ref={(element) => queue?.attach(element)}
            role="textbox"
            aria-multiline="true"
            aria-label="Update text"
            aria-describedby={hintId}
            aria-busy={state === "loading"}
            contentEditable
            spellCheck
            data-update-draft=""
            className={`${EDITOR_CLASS} ${DRAFT_CLASS}`}
            onPointerDown={() => {
              queue?.pointerDown();
              start();
            }}
            onTouchStart={start}
            onFocus={start}
            onKeyDown={start}
            onClick={keepLinks}
            // Sanitised on the server with the email's own rules: only the author's words and the template's labels.
            dangerouslySetInnerHTML={{ __html: initialHtml ?? "" }}
          />
          <p id={hintId} hidden>
            Your update. Start typing, or press Enter, to write in it.
          </p>
        </>
      }
      onPreview={() => router.push(previewHref)}
      previewBusy={state === "loading"}
      previewError={null}
    />
  );
}
