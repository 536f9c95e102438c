// A real SMTP server on loopback for development and end-to-end tests. It accepts every message
// (no auth, no TLS) and keeps it, byte for byte, as an .eml file, so a test or a person can read
// exactly what a recipient would get.
//   SMTP_PORT          port on 127.0.0.1 (default 2525)
//   SMTP_MAILBOX_DIR   where the .eml files go (default ./.mailbox/smtp)
//   SMTP_REFUSE_DOMAIN every recipient at this domain is refused for good (550), to see how a
//                      refused update is reported
//   SMTP_DEFER_DOMAIN  the first attempt for each recipient at this domain is told to try again
//                      later (451), to see a temporary outage ride through
// File names sort by arrival: an ISO timestamp, then a per-process sequence number.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

const HOST = "127.0.0.1";
const port = Number(process.env.SMTP_PORT ?? 2525);
const mailboxDir = path.resolve(process.env.SMTP_MAILBOX_DIR ?? ".mailbox/smtp");
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const refuseDomain = process.env.SMTP_REFUSE_DOMAIN?.toLowerCase();
const deferDomain = process.env.SMTP_DEFER_DOMAIN?.toLowerCase();
const deferred = new Set<string>();

let sequence = 0;

function nextFileName(): string {
  sequence += 1;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return `${stamp}-${String(sequence).padStart(6, "0")}.eml`;
}

function readStream(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

/** Writes under a temporary name first, so a reader never sees half a message. */
function storeMessage(raw: Buffer): string {
  const name = nextFileName();
  const partial = path.join(mailboxDir, `.${name}.partial`);
  writeFileSync(partial, raw);
  renameSync(partial, path.join(mailboxDir, name));
  return name;
}

function recipients(session: SMTPServerSession): string {
  return session.envelope.rcptTo.map((r) => r.address).join(", ");
}

async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
  const raw = await readStream(stream);
  if (stream.sizeExceeded) throw smtpError(552, "5.3.4 Message too large");
  const name = storeMessage(raw);
  console.log(`smtp: ${recipients(session)} -> ${path.join(mailboxDir, name)}`);
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** Refuses or defers a recipient when the environment asks for it; otherwise accepts. */
function recipientProblem(address: string): Error | undefined {
  const lower = address.toLowerCase();
  const domain = lower.split("@").at(-1);
  if (refuseDomain && domain === refuseDomain) return smtpError(550, "5.1.1 Mailbox unavailable");
  if (deferDomain && domain === deferDomain && !deferred.has(lower)) {
    deferred.add(lower);
    return smtpError(451, "4.3.0 Try again later");
  }
  return undefined;
}

mkdirSync(mailboxDir, { recursive: true });

const server = new SMTPServer({
  name: "localhost",
  banner: "Biweekly local SMTP server",
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  size: MAX_MESSAGE_BYTES,
  logger: false,
  onRcptTo(address, _session, callback) {
    const problem = recipientProblem(address.address);
    if (problem) console.log(`smtp: ${address.address} answered ${problem.message}`);
    callback(problem);
  },
  onData(stream, session, callback) {
    // The callback must run on every path, or the sending client waits for ever.
    receive(stream, session).then(
      () => callback(),
      (error: Error) => {
        console.error(`smtp: could not store a message: ${error.message}`);
        callback(error);
      },
    );
  },
});

server.on("error", (error) => console.error(`smtp: ${error.message}`));

server.listen(port, HOST, () => {
  console.log(`smtp: listening on smtp://${HOST}:${port}, writing to ${mailboxDir}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
