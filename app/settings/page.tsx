import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { SetupForm } from "@/components/setup/setup-form";
import { setupValues } from "@/components/setup/setup-values";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { timeZoneNames } from "@/lib/schedule/time-zones";
import { getSetup } from "@/lib/users/get-setup";
import { updateSettings } from "../setup/actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireSetUpUser();
  const setup = (await getSetup({ userId: user.id }))!;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title="Settings" description={`Signed in as ${user.email}.`} />
      <Card>
        <SetupForm
          action={updateSettings}
          initial={setupValues(setup, setup.schedule?.firstDueDate ?? "")}
          timeZones={timeZoneNames()}
          firstRun={false}
          submitLabel="Save settings"
        />
      </Card>
    </div>
  );
}
