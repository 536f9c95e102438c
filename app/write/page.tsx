import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { openCurrentUpdate } from "@/lib/updates/open-current-update";
import { now } from "@/lib/clock/clock";

export const metadata: Metadata = { title: "Write update" };

export default async function WritePage() {
  const user = await requireSetUpUser();
  let id: string;
  try {
    ({ id } = await openCurrentUpdate({ authorId: user.id, now: now() }));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    return (
      <div className="mx-auto max-w-xl">
        <PageHeader title="Write update" />
        <Card className="space-y-4">
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{error.message} Your update has one section for each goal.</p>
          <LinkButton href="/goals">Add a goal</LinkButton>
        </Card>
      </div>
    );
  }
  redirect(`/updates/${id}`);
}
