import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import * as styles from "./email-styles";

export type UpdateEmailProps = {
  authorName: string;
  /** The cycle's due date as the author reads it, e.g. "27 Nov 2026". */
  dueLabel: string;
  /** The author's update as sanitised HTML with inline styles (renderDocumentHtml). */
  bodyHtml: string;
  /** "Open asks: 2, the oldest from 12 Oct 2026", when the author keeps that line on. */
  openAsksLine?: string | null;
  /** The signed "Got it" link of this update: a plain link, opened by the reader, never a pixel. */
  ackUrl?: string | null;
};

function ackLead(authorName: string): string {
  return `Read it? Let ${authorName} know with one click, no sign-in:`;
}

function footerLine(authorName: string): string {
  return `Written by ${authorName} and sent with Biweekly. Reply to this email to answer ${authorName} directly.`;
}

/** The update as the boss reads it: the author's own words, framed by a heading and a footer. */
export function UpdateEmail({ authorName, dueLabel, bodyHtml, openAsksLine, ackUrl }: UpdateEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{`${authorName}'s biweekly update, ${dueLabel}`}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.eyebrow}>Biweekly update · {dueLabel}</Text>
          <Text style={styles.title}>From {authorName}</Text>
          <Section>
            {/* Section renders a table; the update's own blocks live in a div inside its cell. */}
            <div dangerouslySetInnerHTML={{ __html: bodyHtml }} />
          </Section>
          {openAsksLine ? <Text style={styles.paragraph}>{openAsksLine}</Text> : null}
          <Hr style={styles.rule} />
          {ackUrl ? (
            <Text style={styles.footer}>
              {ackLead(authorName)}{" "}
              <Link href={ackUrl} style={styles.link}>
                Got it
              </Link>
            </Text>
          ) : null}
          <Text style={styles.footer}>{footerLine(authorName)}</Text>
        </Container>
      </Body>
    </Html>
  );
}

UpdateEmail.PreviewProps = {
  authorName: "Ada Lovelace",
  dueLabel: "27 Nov 2026",
  bodyHtml: "<h2>Ship the analytical engine</h2><p>Owner: Ada Lovelace</p><h3>Progress</h3><p>The mill works.</p>",
  openAsksLine: "Open asks: 2, the oldest from 12 Oct 2026",
  ackUrl: "http://localhost:3000/ack/preview.token",
} satisfies UpdateEmailProps;

export default UpdateEmail;

export function renderUpdateEmailHtml(props: UpdateEmailProps): Promise<string> {
  return render(<UpdateEmail {...props} />);
}

/** The plain-text part: the same words as the HTML, in the same order. */
export function renderUpdateEmailText(props: Omit<UpdateEmailProps, "bodyHtml"> & { bodyText: string }): string {
  const { authorName, dueLabel, bodyText, openAsksLine, ackUrl } = props;
  return [
    `Biweekly update from ${authorName}`,
    dueLabel,
    "",
    bodyText.trim(),
    ...(openAsksLine ? ["", openAsksLine] : []),
    "",
    "-- ",
    ...(ackUrl ? [ackLead(authorName), `Got it: ${ackUrl}`, ""] : []),
    footerLine(authorName),
    "",
  ].join("\n");
}
