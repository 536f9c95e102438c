import { LinkButton } from "@/components/ui/button";

/** What a visitor who is not signed in sees. */
export function Welcome() {
  return (
    <div className="mx-auto max-w-2xl space-y-6 pt-6 text-center">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Your biweekly update, in your own words</h1>
      <p className="text-base text-zinc-700 dark:text-zinc-300">
        Every two weeks, write what you are doing, where you need help and what progress you made on each goal you own.
        Biweekly sends it to your boss with your skip-level on cc, on time, and keeps every update for you.
      </p>
      <LinkButton href="/signin">Sign in</LinkButton>
    </div>
  );
}
