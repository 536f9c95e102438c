import { Badge } from "@/components/ui/notice";
import { STATUS_LABELS, type GoalStatus } from "@/lib/goals/goal-input";

const tones = {
  ON_TRACK: "success",
  AT_RISK: "warning",
  OFF_TRACK: "error",
  DONE: "info",
  DROPPED: "neutral",
} as const satisfies Record<GoalStatus, string>;

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return <Badge tone={tones[status]}>{STATUS_LABELS[status]}</Badge>;
}
