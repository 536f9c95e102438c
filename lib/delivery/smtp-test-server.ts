// A real SMTP server on loopback for the outbox tests. It answers as told: accept, "try later"
// (4xx) or "refused" (5xx), and it can go down and come back on the same port.
import { once } from "node:events";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream } from "smtp-server";

export type SmtpAnswer = { code: number; message: string } | "accept";
type AnswerRule = SmtpAnswer | ((recipient: string) => SmtpAnswer);

export type SmtpTestServer = {
  url: string;
  received: ParsedMail[];
  /** How the server answers each recipient from now on. */
  answer(answer: AnswerRule): void;
  stop(): Promise<void>;
  start(): Promise<void>;
};

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  let current: AnswerRule = "accept";
  let port = 0;
  let server: SMTPServer | undefined;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      closeTimeout: 50,
      onRcptTo(recipient, _session, callback) {
        const answer = typeof current === "function" ? current(recipient.address) : current;
        if (answer === "accept") return callback();
        callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
      },
      onData(stream, _session, callback) {
        // The callback must run on every path, or the client waits for ever.
        readAll(stream)
          .then((raw) => simpleParser(raw))
          .then((mail) => {
            received.push(mail);
            callback();
          }, callback);
      },
    });

  const start = async () => {
    server = create();
    server.listen(port, "127.0.0.1");
    await once(server.server, "listening");
    const address = server.server.address();
    if (typeof address === "object" && address) port = address.port;
  };
  await start();

  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    answer: (answer) => {
      current = answer;
    },
    start,
    stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}
