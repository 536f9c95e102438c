import "server-only";
import type { TimelineEntryView } from "@/components/goals/goal-timeline";
import type { OwnershipView } from "@/components/goals/goal-owners";
import type { GoalTimeline, TimelineEntry } from "@/lib/goals/get-goal-timeline";
import { personName } from "@/lib/goals/person-name";
import { formatDate, formatDateTime, formatDayDate, formatPlainDate } from "@/lib/schedule/format";

type Viewer = { name: string | null; email: string; timeZone: string };

function entryView(entry: TimelineEntry, timeZone: string): TimelineEntryView {
  const cycle = {
    updateId: entry.updateId,
    dueLabel: formatDayDate(entry.dueAt, timeZone),
    authorName: entry.authorName,
    href: entry.mine ? `/history/${entry.updateId}` : null,
  };
  const sentLabel = (sentAt: Date | null) => (sentAt ? formatDateTime(sentAt, timeZone) : "");
  switch (entry.kind) {
    case "written":
      return { ...entry, ...cycle, sentLabel: sentLabel(entry.sentAt) };
    case "skipped":
      return { ...cycle, kind: "skipped", skipReason: entry.skipReason };
    case "left-out":
      return { ...cycle, kind: "left-out", sentLabel: sentLabel(entry.sentAt) };
  }
}

/** The goal page's dates and names, in the viewer's zone. */
export function goalPageView({ goal, owners, entries }: GoalTimeline, viewer: Viewer) {
  const ownerViews: OwnershipView[] = owners.map((owner) => ({
    ownerName: owner.ownerName,
    sinceLabel: formatDate(owner.since, viewer.timeZone),
    untilLabel: owner.until ? formatDate(owner.until, viewer.timeZone) : null,
  }));
  return {
    ownerName: personName(viewer),
    owners: ownerViews,
    targetLabel: goal.targetDate ? formatPlainDate(goal.targetDate) : null,
    entries: entries.map((entry) => entryView(entry, viewer.timeZone)),
  };
}
