import { describe, expect, it } from "vitest";
import { parseSecurityConfig } from "./security-config";

describe("parseSecurityConfig", () => {
  it("has documented defaults", () => {
    expect(parseSecurityConfig({})).toEqual({
      sessionMaxAgeDays: 30,
      signInMailLimits: { perAddress: { max: 5, windowMinutes: 15 }, perClient: { max: 20, windowMinutes: 60 } },
      trustProxy: false,
    });
  });

  it("reads every variable, and treats an empty one as unset", () => {
    const config = parseSecurityConfig({
      SESSION_MAX_AGE_DAYS: "7",
      SIGN_IN_MAILS_PER_ADDRESS: " 3 ",
      SIGN_IN_ADDRESS_WINDOW_MINUTES: "10",
      SIGN_IN_MAILS_PER_IP: "",
      SIGN_IN_IP_WINDOW_MINUTES: "120",
      TRUST_PROXY: "1",
    });
    expect(config).toEqual({
      sessionMaxAgeDays: 7,
      signInMailLimits: { perAddress: { max: 3, windowMinutes: 10 }, perClient: { max: 20, windowMinutes: 120 } },
      trustProxy: true,
    });
    expect(parseSecurityConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
  });

  it("names each variable it cannot use", () => {
    expect(() => parseSecurityConfig({ SESSION_MAX_AGE_DAYS: "0" })).toThrow(/SESSION_MAX_AGE_DAYS/);
    expect(() => parseSecurityConfig({ SESSION_MAX_AGE_DAYS: "thirty" })).toThrow(/SESSION_MAX_AGE_DAYS/);
    expect(() => parseSecurityConfig({ SIGN_IN_MAILS_PER_ADDRESS: "2.5" })).toThrow(/SIGN_IN_MAILS_PER_ADDRESS/);
    expect(() => parseSecurityConfig({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
