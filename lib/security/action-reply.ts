// The arguments of a server action, as React encodes them in the request (its "reply"), checked
// before Next.js decodes them: whatever React's decoder would throw on makes Next answer a bare 500
// before any action runs. Part "0" holds the arguments as JSON; a string that starts with "$" is a
// reference ("$K1" the FormData whose fields are parts "_1_<name>", "$1" the JSON of part "1",
// "$B2" the file in part "2", "$n12" a BigInt, "$$x" the text "$x"). Mirrors
// react-server-dom's decodeReply (React 19.3): parseModelString, getOutlinedModel, bumpArrayCount.

/** The body's parts by name, or the text of a body that is not multipart (it is part "0"). */
export type ActionReply = Map<string, string | Blob> | string;

// Far deeper than any argument this app's forms send; React's decoder overflows the stack at a few
// thousand levels.
export const MAX_ARGUMENT_DEPTH = 128;
// React's own limit on the slots of nested arrays (its arraySizeLimit), strings counted by length.
const ARRAY_SLOT_LIMIT = 1_000_000;
const MAX_BIGINT_DIGITS = 300;
/** "$A" ArrayBuffer ... "$V" DataView: the bytes of a file part, by the size of one element. */
const TYPED_ARRAYS: Record<string, number> = { A: 1, O: 1, o: 1, U: 1, S: 2, s: 2, L: 4, l: 4, G: 4, g: 8, M: 8, m: 8, V: 1 };
// References to values that need only their own text: undefined, Infinity, NaN, -0, a date, a
// FormData (possibly empty).
const SELF_CONTAINED = new Set(["u", "I", "N", "-", "D", "H", "K"]);

class Undecodable extends Error {}

type ArrayRoot = { count: number; fork: boolean };

class ReplyWalker {
  /** Each part is parsed and walked once, however often it is referenced. */
  private readonly walked = new Map<number, unknown>();
  private readonly files = new Set<number>();

  constructor(private readonly parts: Map<string, string | Blob>) {}

  part(id: number, depth: number): unknown {
    if (this.walked.has(id)) return this.walked.get(id);
    const text = this.parts.get(String(id));
    if (typeof text !== "string") throw new Undecodable(`part ${id} is missing`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Undecodable(`part ${id} is not JSON`);
    }
    this.walked.set(id, value);
    this.value(value, depth, null, true);
    return value;
  }

  /** referable: React knows the value's path, which a temporary reference ("$T") needs. */
  private value(value: unknown, depth: number, root: ArrayRoot | null, referable: boolean): void {
    if (depth > MAX_ARGUMENT_DEPTH) throw new Undecodable("the arguments are nested too deeply");
    if (typeof value === "string") return this.text(value, depth, root, referable);
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      const context = root ?? { count: 0, fork: false };
      if (value.length > 1) context.fork = true;
      this.count(context, value.length + 1);
      for (const item of value) this.value(item, depth + 1, context, referable);
    } else {
      for (const [key, item] of Object.entries(value)) this.value(item, depth + 1, null, referable && !key.includes(":"));
    }
  }

  private count(root: ArrayRoot | null, slots: number): void {
    if (!root) return;
    root.count += slots;
    if (root.count > ARRAY_SLOT_LIMIT && root.fork) throw new Undecodable("the arguments hold too large nested lists");
  }

  private text(value: string, depth: number, root: ArrayRoot | null, referable: boolean): void {
    if (value[0] !== "$") return this.count(root, value.length);
    const tag = value[1] ?? "";
    if (tag === "$") return this.count(root, value.length - 1);
    if (tag === "n") return this.bigint(value.slice(2), root);
    if (SELF_CONTAINED.has(tag)) return;
    if (tag === "T") {
      if (!referable) throw new Undecodable("a temporary reference has no path");
      return;
    }
    if (tag === "@") return void this.part(hex(value.slice(2)), depth + 1);
    if (tag === "B") return this.file(hex(value.slice(2)), 1, false);
    const elementSize = TYPED_ARRAYS[tag];
    if (elementSize) return this.file(hex(value.slice(2)), elementSize, true);
    if (tag === "Q" || tag === "W" || tag === "i") return this.outlined(value.slice(2), depth);
    // Streams and server functions as arguments: no form of this app sends them, and React's
    // decoder throws on most malformed ones.
    if (["R", "r", "X", "x", "h"].includes(tag)) throw new Undecodable(`arguments of type "$${tag}" are not accepted`);
    return this.outlined(value.slice(1), depth);
  }

  private bigint(digits: string, root: ArrayRoot | null): void {
    if (digits.length > MAX_BIGINT_DIGITS) throw new Undecodable("a number is too large");
    try {
      BigInt(digits);
    } catch {
      throw new Undecodable("a number is not a number");
    }
    this.count(root, digits.length);
  }

  /** once: React reads a typed array's part a single time. */
  private file(id: number, elementSize: number, once: boolean): void {
    const file = this.parts.get(String(id));
    if (!(file instanceof Blob)) throw new Undecodable(`part ${id} is not a file`);
    if (file.size % elementSize !== 0) throw new Undecodable(`part ${id} does not hold whole elements`);
    if (!once) return;
    if (this.files.has(id)) throw new Undecodable(`part ${id} is used twice`);
    this.files.add(id);
  }

  /** "$<hex>" or "$<hex>:key:key": a part's JSON, or a value inside it. */
  private outlined(reference: string, depth: number): void {
    const [id, ...path] = reference.split(":");
    let value = this.part(hex(id ?? ""), depth + 1);
    for (const key of path) {
      // A step through another reference is resolved by React alone; the parts it names are checked.
      if (typeof value === "string" && value.startsWith("$")) return;
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) throw new Undecodable("a reference points at nothing");
      value = (value as Record<string, unknown>)[key];
    }
  }
}

function hex(digits: string): number {
  const id = parseInt(digits, 16);
  if (Number.isNaN(id)) throw new Undecodable("a reference names no part");
  return id;
}

/** Why React could not decode these arguments, or null when it can. */
export function undecodableReply(reply: ActionReply): string | null {
  const parts = typeof reply === "string" ? new Map([["0", reply]]) : reply;
  try {
    const walker = new ReplyWalker(parts);
    if (!Array.isArray(walker.part(0, 0))) return "the arguments are not a list";
    return null;
  } catch (error) {
    if (error instanceof Undecodable) return error.message;
    throw error;
  }
}
