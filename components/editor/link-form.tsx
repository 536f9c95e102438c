"use client";
import type { Editor } from "@tiptap/core";
import { useId, useState, type FormEvent } from "react";
import { linkFromInput } from "@/lib/content/link-url";

type LinkFormProps = { editor: Editor; onClose: () => void };

const buttonClass =
  "rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800";
const applyClass =
  "rounded-md bg-indigo-600 px-2.5 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400";

/** Adds, changes or removes the link at the cursor. Only web and email addresses are accepted. */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const inputId = useId();
  const [value, setValue] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState<string | null>(null);
  const hasLink = editor.isActive("link");

  function apply(event: FormEvent) {
    event.preventDefault();
    const href = linkFromInput(value);
    if (!href) {
      setError("Use a web address (https://…) or an email address.");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !hasLink) {
      chain.insertContent({ type: "text", text: href.replace(/^mailto:/, ""), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  function remove() {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  }

  function cancel() {
    editor.commands.focus();
    onClose();
  }

  return (
    <form
      onSubmit={apply}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          cancel();
        }
      }}
      className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800"
    >
      <label htmlFor={inputId} className="text-sm text-zinc-700 dark:text-zinc-300">
        Link address
      </label>
      <input
        id={inputId}
        autoFocus
        type="text"
        inputMode="url"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder="https://example.com"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        className="min-w-0 flex-1 basis-48 rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-base sm:text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      />
      <button type="submit" className={applyClass}>
        Apply
      </button>
      {hasLink ? (
        <button type="button" onClick={remove} className={buttonClass}>
          Remove link
        </button>
      ) : null}
      <button type="button" onClick={cancel} className={buttonClass}>
        Cancel
      </button>
      {error ? (
        <p id={`${inputId}-error`} role="alert" className="basis-full text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </form>
  );
}
