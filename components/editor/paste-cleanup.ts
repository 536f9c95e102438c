// Paste from Google Docs, Word, Slack or a web page keeps its structure (paragraphs, lists, quotes,
// code, bold, italic, web and mail links) and nothing else: the clipboard's HTML is rebuilt clean
// before the editor reads it. Goal sections copied from an update give up only their text here,
// and the structure guard keeps any that slip through from adding or breaking a goal.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { cleanPastedHtml } from "./paste-cleanup-html";

export const PasteCleanup = Extension.create({
  name: "pasteCleanup",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("pasteCleanup"),
        props: { transformPastedHTML: (html) => cleanPastedHtml(html) },
      }),
    ];
  },
});
