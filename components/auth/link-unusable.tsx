import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** What a used, expired or unknown sign-in link shows: why, and the way to a new one. */
export function LinkUnusable() {
  return (
    <div className="mx-auto max-w-sm space-y-6 pt-6">
      <Card className="space-y-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">This sign-in link was used or has expired</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Each link works once, for 10 minutes after you asked for it. Ask for a new one and use the newest email.
        </p>
        <LinkButton href="/signin">Email me a new link</LinkButton>
      </Card>
    </div>
  );
}
