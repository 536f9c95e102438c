import { describe, expect, it } from "vitest";
import { classifyMailError, describeMailError } from "./mail-error";
import { InvalidMessageError } from "./message";

const smtpError = (code: string, responseCode?: number, response?: string) =>
  Object.assign(new Error(response ?? code), { code, responseCode, response });

describe("classifyMailError", () => {
  it.each([
    ["a refused connection", smtpError("ESOCKET"), "transient"],
    ["a timeout", smtpError("ETIMEDOUT"), "transient"],
    ["a greylisting reply", smtpError("EENVELOPE", 451, "451 4.7.1 Try again later"), "transient"],
    ["a server shutting down", smtpError("ECONNECTION", 421, "421 Service not available"), "transient"],
    ["a refused login, which the operator can fix", smtpError("EAUTH", 535, "535 Authentication failed"), "transient"],
    ["a session out of step (503)", smtpError("EPROTOCOL", 503, "503 Bad sequence"), "transient"],
    ["an unknown mailbox", smtpError("EENVELOPE", 550, "550 5.1.1 No such user"), "permanent"],
    ["a message refused as spam", smtpError("EMESSAGE", 554, "554 Rejected"), "permanent"],
    ["an invalid address caught before sending", new InvalidMessageError("bad"), "permanent"],
  ])("treats %s as %s", (_what, error, kind) => {
    expect(classifyMailError(error)).toBe(kind);
  });
});

describe("describeMailError", () => {
  it("keeps the server's own words, on one line", () => {
    expect(describeMailError(smtpError("EENVELOPE", 550, "550 5.1.1 <grace@example.com>:\r\n No such user"))).toBe(
      "EENVELOPE: 550 5.1.1 <grace@example.com>: No such user",
    );
    expect(describeMailError(new Error("connect ECONNREFUSED 127.0.0.1:2525"))).toBe("connect ECONNREFUSED 127.0.0.1:2525");
  });
});
