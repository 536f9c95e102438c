import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { StalledGoals } from "@/components/home/stalled-goals";
import { ApprovableEditor } from "@/components/updates/approvable-editor";
import { OpenAsksPanel } from "@/components/updates/open-asks-panel";
import { PreviousUpdatePanel } from "@/components/updates/previous-update-panel";
import { SkipCycleForm } from "@/components/updates/skip-cycle-form";
import { listOpenAsks } from "@/lib/asks/list-open-asks";
import type { OpenAsk } from "@/lib/asks/open-asks";
import { requireSetUpUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock/clock";
import { goalSectionsOf } from "@/lib/content/document";
import { parseUpdateDocument } from "@/lib/content/parse-update-document";
import { renderDraftHtml } from "@/lib/content/render-html";
import { withAnythingElse } from "@/lib/content/template";
import { orNotFound } from "@/lib/errors/at-the-edge";
import { getGoalSignals, type GoalSignal } from "@/lib/signals/get-goal-signals";
import { formatDate, formatDateTime, formatDayDate } from "@/lib/schedule/format";
import { getPreviousSections, type PreviousUpdate } from "@/lib/updates/get-previous-sections";
import { getUpdate, type UpdateWithDelivery } from "@/lib/updates/get-update";
import { recordId } from "@/lib/updates/update-id";
import { skipCycle } from "./actions";

export const metadata: Metadata = { title: "Your update" };

type Props = { params: Promise<{ id: string }> };

const zoneLabel = (zone: string) => zone.replaceAll("_", " ");

// With last time's words beside the editor the page grows past the site's column on wide screens,
// centred on it; phones keep the single column.
const WIDE = "lg:mx-[calc((100%_-_min(72rem,100vw_-_4rem))/2)]";
const COLUMNS = "space-y-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-8 lg:space-y-0";

/** Last time's text per goal, as the editor takes it. */
function editorPreviousSections(previous: PreviousUpdate | null) {
  if (!previous) return undefined;
  const dueAt = previous.dueAt.toISOString();
  return previous.sections.map(({ goalId, doing, needHelp, progress }) => ({ goalId, doing, needHelp, progress, dueAt }));
}

/** The banner over an approved update that has not gone out: when it leaves, and that editing withdraws it. */
function approvalBanner({ delivery }: UpdateWithDelivery, zone: string) {
  if (!delivery) return null;
  const withdraws = "Editing withdraws the approval.";
  if (!delivery.lastError && delivery.nextAttemptAt > now()) {
    return {
      title: `Approved — goes out ${formatDateTime(delivery.nextAttemptAt, zone)} (${zoneLabel(zone)}). ${withdraws}`,
      detail: "It is queued and leaves on its own at that time, exactly as you approved it.",
    };
  }
  return {
    title: `Approved — on its way. ${withdraws}`,
    detail: delivery.lastError
      ? `The mail server has not accepted it yet (${delivery.lastError}); it is retried automatically.`
      : "It is being handed to the mail server now.",
  };
}

function StatusCard({ update }: { update: UpdateWithDelivery }) {
  return (
    <Card className="space-y-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {update.state === "FAILED"
          ? "The mail server refused this update. Nothing you wrote is lost: open it to see why and send it again."
          : "You approved this update and it is being sent right now, so it can no longer be changed."}
      </p>
      <LinkButton href={`/history/${update.id}`} variant="secondary">
        See its status
      </LinkButton>
    </Card>
  );
}

type EditorContext = { previous: PreviousUpdate | null; activeGoals: { id: string; title: string }[]; asks: OpenAsk[]; signals: GoalSignal[] };
const NO_CONTEXT: EditorContext = { previous: null, activeGoals: [], asks: [], signals: [] };

/**
 * What is read beside the editor: last time's text, open asks, stalled goals, and the active goals
 * (the signals list each one, in order) so goals added since the draft began can be offered.
 */
async function editorContext(authorId: string, update: { id: string; dueAt: Date }): Promise<EditorContext> {
  const [previous, asks, signals] = await Promise.all([
    getPreviousSections({ authorId, updateId: update.id, dueAt: update.dueAt }),
    listOpenAsks({ authorId, updateId: update.id, dueAt: update.dueAt }),
    getGoalSignals({ ownerId: authorId }),
  ]);
  return { previous, activeGoals: signals.map(({ goalId, title }) => ({ id: goalId, title })), asks, signals };
}

export default async function UpdatePage({ params }: Props) {
  const user = await requireSetUpUser();
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const update = await orNotFound(getUpdate({ authorId: user.id, updateId: id.data }));
  if (update.state === "SENT" || update.state === "SKIPPED") redirect(`/history/${update.id}`);
  const zone = user.timeZone;
  const overdue = update.state === "DRAFT" && update.dueAt < now();
  // An approved update stays editable until the outbox picks up its message.
  const editable = update.state === "DRAFT" || (update.state === "APPROVED" && update.delivery?.state === "QUEUED");
  const content = editable ? withAnythingElse(parseUpdateDocument(update.content)) : parseUpdateDocument(update.content);
  const { previous, activeGoals, asks, signals } = editable ? await editorContext(user.id, update) : NO_CONTEXT;
  const goals = goalSectionsOf(content).map((section) => ({ goalId: section.attrs.goalId, title: section.attrs.title }));
  const inThisUpdate = new Set(goals.map((goal) => goal.goalId));
  return (
    <div className={`space-y-6 ${previous ? WIDE : ""}`}>
      <PageHeader
        title={`Update due ${formatDayDate(update.dueAt, zone)}`}
        description={`Covers ${formatDate(update.cycleStart, zone)} to ${formatDateTime(update.dueAt, zone)} (${zoneLabel(zone)}). Write in your own words.`}
      />
      {overdue ? <Notice tone="warning">This update was due {formatDateTime(update.dueAt, zone)}. It goes out only when you send it.</Notice> : null}
      <StalledGoals goals={signals.filter((signal) => inThisUpdate.has(signal.goalId))} headingLevel="h2" linkGoals={false} />
      <div className={previous ? COLUMNS : ""}>
        {previous ? (
          <div className="space-y-4 lg:col-start-2 lg:row-start-1">
            {asks.length > 0 ? <OpenAsksPanel asks={asks} now={now()} timeZone={zone} /> : null}
            <PreviousUpdatePanel goals={goals} previous={previous} timeZone={zone} />
          </div>
        ) : null}
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          {editable ? (
            <ApprovableEditor
              updateId={update.id}
              initialContent={content}
              initialHtml={renderDraftHtml(content)}
              initialVersion={update.version}
              previewHref={`/updates/${update.id}/preview`}
              approval={update.state === "APPROVED" ? approvalBanner(update, zone) : null}
              previousSections={editorPreviousSections(previous)}
              activeGoals={activeGoals}
            />
          ) : (
            <StatusCard update={update} />
          )}
          {update.state === "DRAFT" || update.state === "FAILED" ? (
            <SkipCycleForm action={skipCycle.bind(null, update.id)} bossName={update.recipients?.bossName ?? null} />
          ) : null}
        </div>
      </div>
    </div>
  );
}
