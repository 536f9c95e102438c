import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sameSitePath } from "@/lib/auth/sign-in-link";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getCurrentUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <div className="space-y-2 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in to Biweekly</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">We&apos;ll email you a link. No password to remember.</p>
      </div>
      <Card>
        <SignInForm callbackUrl={sameSitePath(callbackUrl)} />
      </Card>
    </div>
  );
}
