import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Account deleted" };

export default function GoodbyePage() {
  return (
    <div className="mx-auto max-w-xl">
      <PageHeader title="Your account is deleted" />
      <Card className="space-y-3 text-sm text-zinc-700 dark:text-zinc-300">
        <p role="status">Your goals, updates and settings are gone from Biweekly, and you are signed out.</p>
        <p>Thank you for writing your updates here. You are welcome back any time.</p>
        <LinkButton href="/signin" variant="secondary">
          Sign in again
        </LinkButton>
      </Card>
    </div>
  );
}
