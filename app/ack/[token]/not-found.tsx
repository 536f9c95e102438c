import { Card, PageHeader } from "@/components/ui/card";

/** The same answer for a mistyped, forged or outdated link: nothing about any update is revealed. */
export default function AckLinkNotFound() {
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="This link is not valid" />
      <Card>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Check that the whole link from the email was opened, or reply to the email instead.</p>
      </Card>
    </div>
  );
}
