import { Button, Link, Section, Text } from "@react-email/components";
import * as styles from "./email-styles";

/** The one thing the email asks the reader to do: a button, and the same link written out for clients that hide buttons. */
export function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <>
      <Section style={{ margin: "0 0 20px" }}>
        <Button href={href} style={styles.button}>
          {label}
        </Button>
      </Section>
      <Text style={styles.paragraph}>
        Or open this link in your browser:
        <br />
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}
