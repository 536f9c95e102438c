"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { addressProblem } from "@/lib/delivery/email-address";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    const problem = addressProblem(address);
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    setFailure(undefined);
    setPending(true);
    const result = await signIn("email", { email: address, callbackUrl, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setFailure("We couldn't send the sign-in email just now. Please try again in a minute.");
      return;
    }
    router.push(`/signin/check-email?email=${encodeURIComponent(address)}`);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={error}
        required
      />
      <button type="submit" className={buttonClass("primary", "w-full")} disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}
