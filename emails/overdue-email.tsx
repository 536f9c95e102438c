import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { ActionLink } from "./action-link";
import * as styles from "./email-styles";

export type OverdueEmailProps = {
  /** The due instant as the author reads it, e.g. "Fri 27 Nov 2026, 16:00". */
  dueLabel: string;
  /** Whether the author has started this cycle's update (it is a draft) or not. */
  hasDraft: boolean;
  /** The editor, where the update is written. */
  writeUrl: string;
};

export function overdueSubject(dueLabel: string): string {
  return `Your update due ${dueLabel} has not been sent`;
}

function whereItStands(hasDraft: boolean): string {
  return hasDraft
    ? "Your draft is saved, but you have not approved it, so nothing went to your boss."
    : "You have not started it, so nothing went to your boss.";
}

const WHAT_TO_DO =
  "Finish and approve it to send it now (it will be marked late), or skip this cycle with a reason so your history has no silent gap.";

const FOOTER = "Biweekly sends this note once per missed due time.";

/** The one nudge an author gets when a due time passed without an approved update. */
export function OverdueEmail({ dueLabel, hasDraft, writeUrl }: OverdueEmailProps) {
  const subject = overdueSubject(dueLabel);
  return (
    <Html lang="en">
      <Head />
      <Preview>{subject}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.eyebrow}>Overdue</Text>
          <Text style={styles.title}>{subject}</Text>
          <Text style={styles.paragraph}>{whereItStands(hasDraft)}</Text>
          <Text style={styles.paragraph}>{WHAT_TO_DO}</Text>
          <ActionLink href={writeUrl} label="Open your update" />
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{FOOTER}</Text>
        </Container>
      </Body>
    </Html>
  );
}

OverdueEmail.PreviewProps = {
  dueLabel: "Fri 27 Nov 2026, 16:00",
  hasDraft: true,
  writeUrl: "http://localhost:3000/write",
} satisfies OverdueEmailProps;

export default OverdueEmail;

export function renderOverdueEmailHtml(props: OverdueEmailProps): Promise<string> {
  return render(<OverdueEmail {...props} />);
}

/** The plain-text part: the same words as the HTML, in the same order. */
export function renderOverdueEmailText({ dueLabel, hasDraft, writeUrl }: OverdueEmailProps): string {
  return [overdueSubject(dueLabel), "", whereItStands(hasDraft), "", WHAT_TO_DO, "", "Open your update:", writeUrl, "", "-- ", FOOTER, ""].join("\n");
}
