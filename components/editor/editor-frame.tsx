// The editor's frame: notices, the toolbar with the save status, the aids bar, the text and the
// "Preview and send" button. The draft shown before the editor starts and the editor itself sit in
// the same frame, so swapping one for the other moves nothing on the page.
import type { KeyboardEvent, ReactNode } from "react";
import { Button } from "@/components/ui/button";

export const EDITOR_CLASS = [
  "min-h-64 space-y-8 px-4 py-5 text-base leading-relaxed sm:text-[15px] text-zinc-900 outline-none sm:px-6 dark:text-zinc-100",
  "[&_p]:my-1 [&_li>p]:my-0.5 [&_ul]:my-1 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-1 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:my-1 [&_blockquote]:border-l-2 [&_blockquote]:border-zinc-300 [&_blockquote]:pl-3 [&_blockquote]:text-zinc-600",
  "dark:[&_blockquote]:border-zinc-600 dark:[&_blockquote]:text-zinc-300",
  "[&_a]:text-indigo-600 [&_a]:underline dark:[&_a]:text-indigo-400",
  "[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-zinc-800",
  "[&_pre]:my-1 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-zinc-100 [&_pre]:p-3 [&_pre]:text-sm dark:[&_pre]:bg-zinc-800",
  "[&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_p.is-empty]:before:pointer-events-none [&_p.is-empty]:before:float-left [&_p.is-empty]:before:h-0",
  "[&_p.is-empty]:before:text-zinc-400 [&_p.is-empty]:before:content-[attr(data-prompt)] dark:[&_p.is-empty]:before:text-zinc-500",
].join(" ");

type EditorFrameProps = {
  notices?: ReactNode;
  toolbar: ReactNode;
  status: ReactNode;
  aidsBar: ReactNode;
  linkForm?: ReactNode;
  text: ReactNode;
  onShortcut?: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPreview: () => void;
  previewBusy: boolean;
  previewError: string | null;
};

export function EditorFrame(props: EditorFrameProps) {
  const { notices, toolbar, status, aidsBar, linkForm, text, onShortcut, onPreview, previewBusy, previewError } = props;
  return (
    <div className="space-y-4">
      {notices}
      <div
        onKeyDown={onShortcut}
        className="rounded-xl border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-t-xl border-b border-zinc-200 bg-white/95 px-2 py-1.5 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95">
          {toolbar}
          <div className="px-2">{status}</div>
        </div>
        {aidsBar}
        {linkForm}
        {text}
      </div>
      <div className="flex flex-col-reverse items-stretch gap-3 sm:flex-row sm:items-center sm:justify-end">
        {previewError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {previewError}
          </p>
        ) : null}
        <Button onClick={onPreview} disabled={previewBusy} aria-busy={previewBusy}>
          Preview and send
        </Button>
      </div>
    </div>
  );
}
