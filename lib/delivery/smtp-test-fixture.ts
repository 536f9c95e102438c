// One real SMTP test server and one sender per test file, reset to "accept everything, nothing
// received" before each test.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSmtpTestServer, type SmtpTestServer } from "./smtp-test-server";
import { createMailSender, type MailSender } from "./transport";

export type SmtpFixture = { readonly smtp: SmtpTestServer; readonly sender: MailSender };

export function smtpServerPerFile(): SmtpFixture {
  let smtp: SmtpTestServer | undefined;
  let sender: MailSender | undefined;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    sender = createMailSender({ smtpUrl: smtp.url, mailboxDir: "unused" });
  });
  afterAll(async () => {
    sender?.close();
    await smtp?.stop();
  });
  beforeEach(() => {
    smtp!.received.length = 0;
    smtp!.answer("accept");
  });
  return {
    get smtp() {
      return smtp!;
    },
    get sender() {
      return sender!;
    },
  };
}
