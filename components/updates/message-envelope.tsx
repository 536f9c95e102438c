type Address = { name: string; address: string };

const show = (a: Address) => (a.name ? `${a.name} <${a.address}>` : a.address);

export type Envelope = { subject: string; from: Address; to: Address[]; cc: Address[]; replyTo: Address };

/** The headers the boss sees, exactly as they go out. */
export function MessageEnvelope({ envelope, extra }: { envelope: Envelope; extra?: [string, string][] }) {
  const rows: [string, string][] = [
    ["Subject", envelope.subject],
    ["From", show(envelope.from)],
    ["To", envelope.to.map(show).join(", ")],
    ["Cc", envelope.cc.map(show).join(", ")],
    ["Reply-To", show(envelope.replyTo)],
    ...(extra ?? []),
  ];
  return (
    <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The HTML body in a sandbox: no scripts, no same-origin access, exactly the bytes that are sent. */
export function MessageBody({ html, text }: { html: string; text: string }) {
  return (
    <div className="space-y-3">
      <iframe
        title="Email body"
        sandbox=""
        srcDoc={html}
        className="h-[32rem] w-full rounded-lg border border-zinc-200 bg-white dark:border-zinc-700"
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-zinc-700 dark:text-zinc-300">Plain-text version</summary>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-zinc-100 p-4 font-mono text-xs text-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
          {text}
        </pre>
      </details>
    </div>
  );
}
