import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GotItForm } from "@/components/ack/got-it-form";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { findAcknowledgement } from "@/lib/ack/find-acknowledgement";
import { acknowledge } from "./actions";

export const metadata: Metadata = { title: "Got it", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** Opening the link only shows the question: mail scanners open links, people press buttons. */
export default async function AckPage({ params }: Props) {
  const { token } = await params;
  const view = await findAcknowledgement({ token: decodeURIComponent(token) });
  if (!view) notFound();
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="Got it" description={`${view.authorName}'s biweekly update of ${view.dueLabel}.`} />
      <Card className="space-y-4">
        {view.acknowledgedLabel ? (
          <Notice tone="success">Already acknowledged on {view.acknowledgedLabel}.</Notice>
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
