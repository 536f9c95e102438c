import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import * as styles from "./email-styles";

export type SkipNoteEmailProps = {
  authorName: string;
  /** The skipped cycle's due date as the author reads it, e.g. "27 Nov 2026". */
  dueLabel: string;
  /** The author's own line, exactly as they typed it. */
  note: string;
};

function footerLine(authorName: string, dueLabel: string): string {
  return (
    `${authorName} is skipping the biweekly update due ${dueLabel}; the next one follows on the usual schedule. ` +
    `Sent with Biweekly. Reply to this email to answer ${authorName} directly.`
  );
}

/** The author's one-line note that this cycle has no update: their words, and only the facts around them. */
export function SkipNoteEmail({ authorName, dueLabel, note }: SkipNoteEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{note}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.eyebrow}>No update this cycle · {dueLabel}</Text>
          <Text style={styles.title}>From {authorName}</Text>
          <Text style={styles.paragraph}>{note}</Text>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{footerLine(authorName, dueLabel)}</Text>
        </Container>
      </Body>
    </Html>
  );
}

SkipNoteEmail.PreviewProps = {
  authorName: "Ada Lovelace",
  dueLabel: "27 Nov 2026",
  note: "On vacation until 7 December; back with a full update next cycle.",
} satisfies SkipNoteEmailProps;

export default SkipNoteEmail;

export function renderSkipNoteEmailHtml(props: SkipNoteEmailProps): Promise<string> {
  return render(<SkipNoteEmail {...props} />);
}

/** The plain-text part: the same words as the HTML, in the same order. */
export function renderSkipNoteEmailText({ authorName, dueLabel, note }: SkipNoteEmailProps): string {
  return [`No update from ${authorName} this cycle`, dueLabel, "", note, "", "-- ", footerLine(authorName, dueLabel), ""].join("\n");
}
