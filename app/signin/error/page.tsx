import type { Metadata } from "next";
import { LinkUnusable } from "@/components/auth/link-unusable";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign-in problem" };

type Props = { searchParams: Promise<{ error?: string }> };

const messages: Record<string, string> = {
  EmailSignin: "We couldn't send the sign-in email. Please try again in a minute.",
};

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  if (error === "Verification") return <LinkUnusable />;
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <Card className="space-y-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">We couldn&apos;t sign you in</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {messages[error ?? ""] ?? "Something went wrong while signing you in. Please ask for a new link."}
        </p>
        <LinkButton href="/signin">Get a new link</LinkButton>
      </Card>
    </div>
  );
}
