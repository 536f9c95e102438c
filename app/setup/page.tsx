import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { SetupForm } from "@/components/setup/setup-form";
import { setupValues } from "@/components/setup/setup-values";
import { requireUser } from "@/lib/auth/current-user";
import { nextWeekday, todayIn } from "@/lib/schedule/cycles";
import { timeZoneNames } from "@/lib/schedule/time-zones";
import { getSetup } from "@/lib/users/get-setup";
import { completeSetup } from "./actions";
import { now } from "@/lib/clock/clock";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  const user = await requireUser();
  const setup = (await getSetup({ userId: user.id }))!;
  const firstFriday = nextWeekday(todayIn(user.timeZone, now()), 5);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Set up your updates"
        description="Three things, once: who you are, who reads your update, and when it is due. You can change them later in Settings."
      />
      <Card>
        <SetupForm
          action={completeSetup}
          initial={setupValues(setup, firstFriday)}
          timeZones={timeZoneNames()}
          firstRun={!setup.setupCompletedAt}
          submitLabel="Save and continue"
        />
      </Card>
    </div>
  );
}
