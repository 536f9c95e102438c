import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { ActionLink } from "./action-link";
import * as styles from "./email-styles";

export type SignInEmailProps = { url: string };

export const SIGN_IN_SUBJECT = "Sign in to Biweekly";

const EXPIRY = "The link expires in 10 minutes and works once.";
const NOT_YOU = "If you didn't ask to sign in, ignore this email: nobody can sign in without the link.";

export function SignInEmail({ url }: SignInEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>Your sign-in link for Biweekly</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.title}>{SIGN_IN_SUBJECT}</Text>
          <Text style={styles.paragraph}>Press the button to sign in.</Text>
          <ActionLink href={url} label="Sign in" />
          <Text style={styles.paragraph}>{EXPIRY}</Text>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{NOT_YOU}</Text>
        </Container>
      </Body>
    </Html>
  );
}

SignInEmail.PreviewProps = { url: "http://localhost:3000/signin/confirm?token=example&email=ada%40example.com" } satisfies SignInEmailProps;

export default SignInEmail;

export function renderSignInEmailHtml(props: SignInEmailProps): Promise<string> {
  return render(<SignInEmail {...props} />);
}

export function renderSignInEmailText({ url }: SignInEmailProps): string {
  return [SIGN_IN_SUBJECT, "", "Open this link to sign in:", url, "", EXPIRY, "", NOT_YOU, ""].join("\n");
}
