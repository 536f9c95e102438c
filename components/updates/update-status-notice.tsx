import Link from "next/link";
import { Notice } from "@/components/ui/notice";

export type UpdateStatusNoticeProps = {
  updateId: string;
  state: string;
  lastError: string | null;
  /** "Fri 27 Nov 2026, 16:00" when an approved update waits for its due time; null when it is due now. */
  scheduledFor: string | null;
  /** "Fri 27 Nov 2026, 16:00" when it was approved after its due time. */
  lateSince: string | null;
};

const linkClass = "font-medium underline";

/** Where an update that has not arrived stands, and what the author can do about it. */
export function UpdateStatusNotice({ updateId, state, lastError, scheduledFor, lateSince }: UpdateStatusNoticeProps) {
  if (state === "APPROVED" && scheduledFor && !lastError) {
    return (
      <Notice tone="info" title={`Scheduled for ${scheduledFor}`}>
        <p>You approved this update; it goes out on its own at its due time, exactly as shown below.</p>
        <p className="mt-2">
          <Link className={linkClass} href={`/updates/${updateId}`}>
            Change it
          </Link>{" "}
          (editing withdraws the approval until you approve it again).
        </p>
      </Notice>
    );
  }
  if (state === "APPROVED") {
    return (
      <Notice tone="info" title="Waiting to send">
        {lastError ? `The mail server could not be reached (${lastError}). It will be retried automatically; ` : "It is on its way; "}
        nothing you wrote is lost.
        {lateSince ? ` It was due ${lateSince}, so it is marked late.` : ""}
      </Notice>
    );
  }
  if (state === "FAILED") {
    return (
      <Notice tone="error" title="Not delivered">
        <p>The mail server refused this update: {lastError ?? "no reason given"}.</p>
        <p className="mt-2">
          <Link className={linkClass} href={`/updates/${updateId}/preview`}>
            Check it and send it again
          </Link>
        </p>
      </Notice>
    );
  }
  return null;
}
