"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md pt-6">
      <Card className="space-y-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Something went wrong</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          We couldn&apos;t finish that. Nothing you already saved is lost. Try again in a moment.
        </p>
        <Button onClick={reset}>Try again</Button>
      </Card>
    </div>
  );
}
