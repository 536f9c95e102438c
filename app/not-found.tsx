import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md pt-6">
      <Card className="space-y-4 text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">There is nothing here, or it isn&apos;t yours to see.</p>
        <LinkButton href="/">Go home</LinkButton>
      </Card>
    </div>
  );
}
