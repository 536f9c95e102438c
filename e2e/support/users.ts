// Every test signs in as its own new person, so tests never share state.
import { randomBytes } from "node:crypto";

export type Person = { name: string; email: string };

/** A unique address on a reserved domain, such as ada+3f9c1a2b@example.test. */
export function uniqueEmail(localPart = "ada", domain = "example.test"): string {
  return `${localPart}+${randomBytes(4).toString("hex")}@${domain}`;
}

/** A person with a readable name and a unique address (at `domain`, example.test by default). */
export function newPerson(name: string, domain?: string): Person {
  const localPart = name.split(" ")[0]!.toLowerCase();
  return { name, email: uniqueEmail(localPart, domain) };
}
