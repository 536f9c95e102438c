// A person's words that reach a mail header (their name in From, Reply-To, To and Cc, the subject)
// are made one plain line here, before the message is composed: a line break could start a new
// header, and a quote or angle bracket in a display name could make a server read another address.
// assertSendable still refuses anything that slips past; this keeps such a name from stopping an
// update the author approved.

const MAX_NAME_LENGTH = 200;
const MAX_SUBJECT_LENGTH = 500;

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

function oneLine(value: string, maxLength: number): string {
  return value.replace(CONTROLS, " ").replace(/\s+/g, " ").trim().slice(0, maxLength).trim();
}

/** A display name for an address header: one line, without quotes or angle brackets. */
export function headerName(value: string): string {
  return oneLine(value.replace(/["<>]/g, ""), MAX_NAME_LENGTH);
}

/** A subject: one line of at most 500 characters. */
export function headerSubject(value: string): string {
  return oneLine(value, MAX_SUBJECT_LENGTH);
}
