import { buttonClass } from "@/components/ui/button";

export const EXPORTS = [
  { href: "/api/export/history.md", label: "Whole history (Markdown)", about: "Every update as you wrote it, one readable file." },
  { href: "/api/export/history.json", label: "Whole history (JSON)", about: "Everything: goals, updates, asks and states, for other tools.", schema: "/api/export/schema.json" },
  { href: "/api/export/career-story.md", label: "Career story (Markdown)", about: "Each goal's progress in date order; sentences that say \"we\" are marked for you to rewrite." },
] as const;

/** Download links for the author's own history; the files hold their words exactly as written. */
export function ExportLinks({ headingId = "export" }: { headingId?: string }) {
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <div className="space-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          Export
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Take your history with you, in open formats, in your own words.</p>
      </div>
      <ul className="space-y-3">
        {EXPORTS.map((file) => (
          <li key={file.href} className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <a href={file.href} download className={buttonClass("secondary")}>
              {file.label}
            </a>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              {file.about}
              {"schema" in file ? (
                <>
                  {" "}
                  <a href={file.schema} className="text-indigo-700 underline dark:text-indigo-300">
                    Its JSON Schema
                  </a>
                  .
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The one update as a Markdown file. */
export function UpdateMarkdownLink({ updateId }: { updateId: string }) {
  return (
    <a href={`/api/export/update/${updateId}`} download className={buttonClass("secondary")}>
      Download as Markdown
    </a>
  );
}
