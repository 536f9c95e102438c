import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GotItForm } from "@/components/ack/got-it-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { OWN_UPDATE } from "@/lib/ack/acknowledge-update";
import { findAcknowledgement } from "@/lib/ack/find-acknowledgement";
import { getCurrentUser } from "@/lib/auth/current-user";
import { acknowledge } from "./actions";

export const metadata: Metadata = { title: "Got it", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** Opening the link only shows the question: mail scanners open links, people press buttons. */
export default async function AckPage({ params }: Props) {
  const { token } = await params;
  const view = await findAcknowledgement({ token: decodeURIComponent(token) });
  if (!view) notFound();
  const reader = await getCurrentUser();
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="Got it" description={`${view.authorName}'s biweekly update of ${view.dueLabel}.`} />
      <Card className="space-y-4">
        {view.acknowledgedLabel ? (
          <Notice tone="success">Already acknowledged on {view.acknowledgedLabel}.</Notice>
        ) : reader?.id === view.authorId ? (
          <Notice tone="info">{OWN_UPDATE}</Notice>
        ) : (
          <>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">
              Let {view.authorName} know you have read this update. Nothing else is recorded, and no sign-in is needed.
            </p>
            <GotItForm action={acknowledge.bind(null, view.token)} />
          </>
        )}
      </Card>
    </div>
  );
}
