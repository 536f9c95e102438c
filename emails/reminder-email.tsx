import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { ActionLink } from "./action-link";
import * as styles from "./email-styles";

export type ReminderEmailProps = {
  /** The due instant as the author reads it, e.g. "Fri 27 Nov 2026, 16:00". */
  dueLabel: string;
  /** How long is left, e.g. "2 days". */
  timeLeft: string;
  /** The author's zone, so "16:00" is unambiguous. */
  timeZone: string;
  /** The editor, where the update is written. */
  writeUrl: string;
};

export function reminderSubject(dueLabel: string): string {
  return `Your update is due ${dueLabel}`;
}

function dueLine({ timeLeft, timeZone }: ReminderEmailProps): string {
  return `That is in ${timeLeft} (${timeZone} time).`;
}

const WHAT_TO_DO =
  "Write what you are doing, where you need help and your progress on each goal you own. " +
  "Nothing goes to your boss until you approve it.";

const FOOTER = "Biweekly reminds you before each due time. You can change when in Settings.";

/** A reminder to the author before their update is due, with a button straight to the editor. */
export function ReminderEmail(props: ReminderEmailProps) {
  const subject = reminderSubject(props.dueLabel);
  return (
    <Html lang="en">
      <Head />
      <Preview>{subject}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.eyebrow}>Reminder</Text>
          <Text style={styles.title}>{subject}</Text>
          <Text style={styles.paragraph}>{dueLine(props)}</Text>
          <Text style={styles.paragraph}>{WHAT_TO_DO}</Text>
          <ActionLink href={props.writeUrl} label="Write your update" />
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{FOOTER}</Text>
        </Container>
      </Body>
    </Html>
  );
}

ReminderEmail.PreviewProps = {
  dueLabel: "Fri 27 Nov 2026, 16:00",
  timeLeft: "2 days",
  timeZone: "Europe/Berlin",
  writeUrl: "http://localhost:3000/write",
} satisfies ReminderEmailProps;

export default ReminderEmail;

export function renderReminderEmailHtml(props: ReminderEmailProps): Promise<string> {
  return render(<ReminderEmail {...props} />);
}

/** The plain-text part: the same words as the HTML, in the same order. */
export function renderReminderEmailText(props: ReminderEmailProps): string {
  return [reminderSubject(props.dueLabel), "", dueLine(props), "", WHAT_TO_DO, "", "Write your update:", props.writeUrl, "", "-- ", FOOTER, ""].join("\n");
}
