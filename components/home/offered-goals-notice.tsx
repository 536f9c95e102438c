import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import type { IncomingHandover } from "@/lib/goals/list-incoming-handovers";

/** Goals colleagues offered this person: nothing moves until they accept, so they are told here first. */
export function OfferedGoalsNotice({ offers }: { offers: IncomingHandover[] }) {
  if (offers.length === 0) return null;
  const [first] = offers;
  const title =
    offers.length === 1 && first
      ? `${first.fromName} offered you a goal: “${first.goalTitle}”`
      : `${offers.length} goals are offered to you`;
  return (
    <Notice tone="info" title={title}>
      It becomes yours only when you accept it.{" "}
      <Link href="/goals#incoming-handovers-heading" className="font-medium underline underline-offset-2">
        Review {offers.length === 1 ? "the offer" : "the offers"}
      </Link>
    </Notice>
  );
}
