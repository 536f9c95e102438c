import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import * as styles from "./email-styles";

export type UpdateEmailProps = {
  authorName: string;
  /** The cycle's due date as the author reads it, e.g. "27 Nov 2026". */
  dueLabel: string;
  /** The author's update as sanitised HTML with inline styles (renderDocumentHtml). */
  bodyHtml: string;
};

function footerLine(authorName: string): string {
  return `Written by ${authorName} and sent with Biweekly. Reply to this email to answer ${authorName} directly.`;
}

/** The update as the boss reads it: the author's own words, framed by a heading and a footer. */
export function UpdateEmail({ authorName, dueLabel, bodyHtml }: UpdateEmailProps) {
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
          <Hr style={styles.rule} />
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
} satisfies UpdateEmailProps;

export default UpdateEmail;

export function renderUpdateEmailHtml(props: UpdateEmailProps): Promise<string> {
  return render(<UpdateEmail {...props} />);
}

/** The plain-text part: the same words as the HTML, in the same order. */
export function renderUpdateEmailText({ authorName, dueLabel, bodyText }: Omit<UpdateEmailProps, "bodyHtml"> & { bodyText: string }): string {
  return [`Biweekly update from ${authorName}`, dueLabel, "", bodyText.trim(), "", "-- ", footerLine(authorName), ""].join("\n");
}
