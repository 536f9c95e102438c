import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offerHandoverSchema } from "@/lib/goals/handover-input";
import { addressProblem, emailAddressSchema, isPlainAddress } from "./email-address";
import { assertSendable } from "./message";

const schema = emailAddressSchema();

function refusal(value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

// Each of these is something a person might paste, or an attacker might try, in an address field.
const NASTY: [string, string, RegExp][] = [
  ["display name", "Grace Hopper <grace@example.com>", /without a name/],
  ["angle brackets alone", "<grace@example.com>", /without a name/],
  ["quoted display name", '"Grace" grace@example.com', /without a name/],
  ["quoted local part", '"grace hopper"@example.com', /without a name/],
  ["quoted local part hiding an @", '"evil@attacker.test"@example.com', /without a name/],
  ["comment", "grace(boss)@example.com", /without a name/],
  ["comma list", "grace@example.com,eve@attacker.test", /one address only/],
  ["semicolon list", "grace@example.com;eve@attacker.test", /one address only/],
  ["trailing comma", "grace@example.com,", /one address only/],
  ["space list", "grace@example.com eve@attacker.test", /one address only/],
  ["two @", "grace@eve@example.com", /one address only/],
  ["group syntax", "undisclosed:grace@example.com;", /one address only/],
  ["CRLF header injection", "grace@example.com\r\nBcc: eve@attacker.test", /line breaks/],
  ["LF header injection", "grace@example.com\nBcc:eve@attacker.test", /line breaks/],
  ["CR alone", "grace@example.com\rX-Injected: 1", /line breaks/],
  ["encoded CRLF stays literal and is refused", "grace@example.com%0d%0aBcc:eve@attacker.test", /one address only/],
  ["encoded CRLF in the local part", "grace%0d%0abcc@example.com", /an email address/],
  ["NUL byte", "grace\u0000@example.com", /control characters/],
  ["tab inside", "grace\t@example.com", /control characters/],
  ["DEL", "grace\u007f@example.com", /control characters/],
  ["C1 next line", "grace@example.com\u0085Bcc: eve@attacker.test", /control characters/],
  ["Unicode line separator", "grace@example.com\u2028Bcc: eve@attacker.test", /control characters/],
  ["space inside", "grace hopper@example.com", /no spaces/],
  ["no-break space", "grace\u00a0@example.com", /no spaces/],
  ["percent routing", "eve%attacker.test@example.com", /an email address/],
  ["bang path", "attacker.test!eve@example.com", /an email address/],
  ["source route", "@relay.test:eve@attacker.test", /one address only|an email address/],
  ["backtick", "gr`id`ace@example.com", /an email address/],
  ["pipe", "|sh@example.com", /an email address/],
  ["no @", "grace.example.com", /an email address/],
  ["nothing before @", "@example.com", /an email address/],
  ["nothing after @", "grace@", /an email address/],
  ["no top-level domain", "grace@localhost", /an email address/],
  ["IP literal", "grace@[127.0.0.1]", /an email address/],
  ["bare IP", "grace@127.0.0.1", /an email address/],
  ["leading dot", ".grace@example.com", /an email address/],
  ["trailing dot in local part", "grace.@example.com", /an email address/],
  ["double dot", "gr..ace@example.com", /an email address/],
  ["domain with trailing dot", "grace@example.com.", /an email address/],
  ["domain label starting with a hyphen", "grace@-example.com", /an email address/],
  ["domain with underscore", "grace@exa_mple.com", /an email address/],
  ["homograph Cyrillic a", "gr\u0430ce@example.com", /plain letters/],
  ["Unicode domain", "grace@exämple.com", /plain letters/],
  ["fullwidth @", "grace\uff20example.com", /plain letters/],
  ["right-to-left override", "grace\u202e@example.com", /plain letters/],
  ["zero-width space", "grace\u200b@example.com", /plain letters/],
  ["HTML in the address", "<script>alert(1)</script>@example.com", /without a name/],
  ["local part over 64", `${"a".repeat(65)}@example.com`, /before the @ is too long/],
  ["over 254 in all", `grace@${["a", "b", "c", "d", "e"].map((c) => c.repeat(60)).join(".")}.com`, /too long/],
  ["domain label over 63", `grace@${"a".repeat(64)}.com`, /an email address/],
];

describe("a typed email address", () => {
  it.each(NASTY)("refuses %s with a message that says why", (_name, value, message) => {
    expect(refusal(value)).toMatch(message);
  });

  it("refuses what is not a string, and says an empty field needs an address", () => {
    for (const value of [undefined, null, 42, ["grace@example.com"], { address: "grace@example.com" }]) {
      expect(refusal(value)).toBe("Enter an email address.");
    }
    expect(refusal("   ")).toBe("Enter an email address.");
  });

  it.each([
    ["grace@example.com", "grace@example.com"],
    ["  Grace.Hopper@Example.COM \n", "Grace.Hopper@example.com"],
    ["o'brien+updates@mail.example.co.uk", "o'brien+updates@mail.example.co.uk"],
    ["a_b-c=d?e^f{g}h~i#j$k&l*m/n@x-y.example", "a_b-c=d?e^f{g}h~i#j$k&l*m/n@x-y.example"],
    ["grace@xn--bcher-kva.example", "grace@xn--bcher-kva.example"],
    [`${"a".repeat(64)}@example.com`, `${"a".repeat(64)}@example.com`],
  ])("accepts %j as %j, with the domain lower-cased", (typed, kept) => {
    expect(schema.parse(typed)).toBe(kept);
  });

  it("is lower-cased whole where it is compared with sign-in addresses", () => {
    const parsed = offerHandoverSchema.parse({ goalId: "g1", email: " Sam.Smith@Example.com " });
    expect(parsed.email).toBe("sam.smith@example.com");
  });

  it("accepts exactly 254 characters in all and no more", () => {
    const domain = `${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(63)}.com`;
    const local = "a".repeat(254 - domain.length - 1);
    expect(isPlainAddress(`${local}@${domain}`)).toBe(true);
    expect(isPlainAddress(`a${local}@${domain}`)).toBe(false);
  });

  it("never lets through a string that a mail server could read as more than one plain address", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 80 });
    const addressLike = fc.tuple(anyText, fc.constantFrom("@", "@example.com", "<", ",", "\r\n", '"'), anyText).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(anyText, addressLike, fc.emailAddress()), (value) => {
        const result = schema.safeParse(value);
        if (!result.success) return;
        const address = result.data;
        expect(address).toMatch(/^[^\s<>"(),;:\\[\]]+@[a-z0-9.-]+$/);
        expect(address.length).toBeLessThanOrEqual(254);
        expect(address.split("@")[0]!.length).toBeLessThanOrEqual(64);
        // What the form accepts, the sending check accepts too, so an address never fails at send time.
        const to = { name: "", address };
        expect(() => assertSendable({ from: to, replyTo: to, to: [to], cc: [], subject: "s", html: "", text: "", messageId: "<a@b>" })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every refusal in words, never a parser's", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (value) => {
        const problem = addressProblem(value.trim());
        if (problem) expect(problem).toMatch(/^[A-Z][^{}]*\.$/);
      }),
    );
  });
});
