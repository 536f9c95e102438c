/**
 * The update's words for paper: shown only when printing, where the sandboxed email frame would be
 * cut at its height. `html` comes from the server renderer, sanitised, never from a client.
 */
export function PrintableUpdate({ html }: { html: string }) {
  return <div className="printable-update hidden print:block" dangerouslySetInnerHTML={{ __html: html }} />;
}
