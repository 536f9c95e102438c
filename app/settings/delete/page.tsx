import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/export/delete-account-form";
import { ExportLinks } from "@/components/export/export-links";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/current-user";
import { deleteMyAccount } from "./actions";

export const metadata: Metadata = { title: "Delete my account" };

export default async function DeleteAccountPage() {
  const user = await requireUser();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader
        title="Delete my account"
        description="This deletes your goals, every update and draft, your recipients and schedule, and signs you out. It cannot be undone."
        actions={
          <LinkButton href="/settings" variant="secondary">
            Keep my account
          </LinkButton>
        }
      />
      <Notice tone="warning" title="Take your history with you first">
        Once deleted, your updates cannot be recovered. Download them now if you may want them later.
      </Notice>
      <Card>
        <ExportLinks headingId="export-before-delete" />
      </Card>
      <Card className="space-y-3">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Emails already sent stay with the people who received them, and copies in this installation&apos;s local mailbox folder
          (where it writes mail when no mail server is configured) stay with whoever runs it. Anything still waiting to be sent is
          cancelled.
        </p>
        <DeleteAccountForm action={deleteMyAccount} email={user.email} />
      </Card>
    </div>
  );
}
