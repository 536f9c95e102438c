"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

// next-auth's own signOut() would bring its whole browser client (about 12 KiB gzip) onto every
// page for this one button; its sign-out endpoint needs only the CSRF token and a POST.
async function endSession(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
  });
}

export function SignOutButton() {
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);

  async function signOut() {
    setLeaving(true);
    try {
      await endSession();
    } finally {
      router.replace("/signin");
      router.refresh();
    }
  }

  return (
    <Button variant="ghost" className="px-2 py-1" disabled={leaving} onClick={() => void signOut()}>
      Sign out
    </Button>
  );
}
