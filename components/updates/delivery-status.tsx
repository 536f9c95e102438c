import { Badge } from "@/components/ui/notice";

type State = "DRAFT" | "APPROVED" | "SENT" | "SKIPPED" | "FAILED";

type Tone = "neutral" | "info" | "success" | "warning" | "error";

const labels: Record<State, { text: string; tone: Tone }> = {
  DRAFT: { text: "Draft", tone: "neutral" },
  APPROVED: { text: "Waiting to send", tone: "info" },
  SENT: { text: "Sent", tone: "success" },
  SKIPPED: { text: "Skipped", tone: "neutral" },
  FAILED: { text: "Not delivered", tone: "error" },
};

export type UpdateStateBadgeProps = {
  state: State;
  /** Approved after its due time: a sent update reads "Sent late". */
  late?: boolean;
  /** Approved and waiting for its due time, rather than for the mail server. */
  scheduled?: boolean;
};

export function UpdateStateBadge({ state, late = false, scheduled = false }: UpdateStateBadgeProps) {
  if (state === "SENT" && late) return <Badge tone="warning">Sent late</Badge>;
  if (state === "APPROVED" && scheduled) return <Badge tone="info">Scheduled</Badge>;
  const { text, tone } = labels[state];
  return <Badge tone={tone}>{text}</Badge>;
}
