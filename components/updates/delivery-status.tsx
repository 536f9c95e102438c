import { Badge } from "@/components/ui/notice";

type State = "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED";

const labels: Record<State, { text: string; tone: "neutral" | "info" | "success" | "warning" | "error" }> = {
  DRAFT: { text: "Draft", tone: "neutral" },
  APPROVED: { text: "Waiting to send", tone: "info" },
  SENT: { text: "Sent", tone: "success" },
  SKIPPED: { text: "Skipped", tone: "neutral" },
  FAILED: { text: "Not delivered", tone: "error" },
};

export function UpdateStateBadge({ state }: { state: State }) {
  const { text, tone } = labels[state];
  return <Badge tone={tone}>{text}</Badge>;
}
