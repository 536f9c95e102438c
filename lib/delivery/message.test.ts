import { describe, expect, it } from "vitest";
import { assertSendable, InvalidMessageError, type OutgoingMessage } from "./message";

const base: OutgoingMessage = {
  from: { name: "Biweekly", address: "biweekly@localhost" },
  replyTo: { name: "Ada Lovelace", address: "ada@example.com" },
  to: [{ name: "Grace Hopper", address: "grace@example.com" }],
  cc: [],
  subject: "Sign in to Biweekly",
  html: "<p>Hi</p>",
  text: "Hi",
  messageId: "<sign-in-1@localhost>",
};

const withTo = (address: string, name = "Grace") => ({ ...base, to: [{ name, address }] });

describe("assertSendable", () => {
  it.each(["grace@example.com", "biweekly@localhost", "o'brien+updates@mail.example.co.uk", "first.last@x-y.example"])(
    "accepts %s",
    (address) => expect(assertSendable(withTo(address)).to[0]!.address).toBe(address),
  );

  it.each([
    "grace@example.com, evil@example.net",
    "grace@example.com\r\nBcc: evil@example.net",
    '"grace"@example.com',
    "grace hopper@example.com",
    "grace@example.com>",
    "<grace@example.com>",
    "grace(comment)@example.com",
    "grace@",
    "@example.com",
    ".grace@example.com",
    "grace.@example.com",
    "gr..ace@example.com",
    "grace@-example.com",
    "grace@example..com",
    "grace@example.com.",
  ])("refuses %j", (address) => {
    expect(() => assertSendable(withTo(address))).toThrow(InvalidMessageError);
  });

  it.each(['Boss" <evil@example.net>', "Grace\nBcc: evil@example.net", "Grace <grace@example.com>"])(
    "refuses the display name %j",
    (name) => expect(() => assertSendable(withTo("grace@example.com", name))).toThrow(/to\.0\.name/),
  );

  it("keeps names with commas and accents, which nodemailer quotes and encodes", () => {
    expect(assertSendable(withTo("grace@example.com", "Hopper, Grace (Zürich)")).to[0]!.name).toBe("Hopper, Grace (Zürich)");
  });

  it("needs at least one recipient and a one-line subject", () => {
    expect(() => assertSendable({ ...base, to: [] })).toThrow(/at least one recipient/);
    expect(() => assertSendable({ ...base, subject: "a\nb" })).toThrow(/subject/);
  });
});
