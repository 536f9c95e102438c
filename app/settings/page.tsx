import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { OpenAsksLineForm } from "@/components/asks/open-asks-line-form";
import { NextDue, type ShownDueTime } from "@/components/setup/next-due";
import { SetupForm } from "@/components/setup/setup-form";
import { SpreadThinForm } from "@/components/setup/spread-thin-form";
import { setupValues } from "@/components/setup/setup-values";
import { getOpenAsksLine } from "@/lib/asks/open-asks-line-setting";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { upcomingDueInstants } from "@/lib/schedule/cycles";
import { formatDateTime } from "@/lib/schedule/format";
import { timeZoneNames } from "@/lib/schedule/time-zones";
import { getSpreadThinThreshold } from "@/lib/signals/get-spread-thin-threshold";
import { getSetup, type Setup } from "@/lib/users/get-setup";
import { updateSettings } from "../setup/actions";
import { updateOpenAsksLine, updateSpreadThinThreshold } from "./actions";

export const metadata: Metadata = { title: "Settings" };

function nextDueTimes({ schedule, timeZone }: Setup): ShownDueTime[] {
  if (!schedule) return [];
  const rule = { ...schedule, timeZone };
  return upcomingDueInstants(rule, now(), 5).map((due) => ({
    at: due.toISOString(),
    label: formatDateTime(due, timeZone),
    paused: schedule.pausedUntil !== null && due < schedule.pausedUntil,
  }));
}

export default async function SettingsPage() {
  const user = await requireSetUpUser();
  const [setup, spreadThinAbove, openAsksLine] = await Promise.all([
    getSetup({ userId: user.id }),
    getSpreadThinThreshold({ userId: user.id }),
    getOpenAsksLine({ userId: user.id }),
  ]);
  if (!setup) notFound();
  const dueTimes = nextDueTimes(setup);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Settings" description={`Signed in as ${user.email}.`} />
      {dueTimes.length > 0 ? (
        <Card>
          <NextDue dueTimes={dueTimes} zoneName={setup.timeZone.replaceAll("_", " ")} calendarHref="/api/schedule/calendar.ics" />
        </Card>
      ) : null}
      <Card>
        <SetupForm
          action={updateSettings}
          initial={setupValues(setup, setup.schedule?.firstDueDate ?? "")}
          timeZones={timeZoneNames()}
          firstRun={false}
          withReminders
          submitLabel="Save settings"
        />
      </Card>
      <Card>
        <SpreadThinForm action={updateSpreadThinThreshold} spreadThinAbove={spreadThinAbove} />
      </Card>
      <Card>
        <OpenAsksLineForm action={updateOpenAsksLine} openAsksLine={openAsksLine} />
      </Card>
      <Card className="space-y-3">
        <h2 className="text-base font-semibold">Your account</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Delete your account and everything in it. You can download your history first.</p>
        <LinkButton href="/settings/delete" variant="secondary">
          Delete my account
        </LinkButton>
      </Card>
    </div>
  );
}
