"use client";

import { useState } from "react";
import { LazyUpdateEditor } from "@/components/editor/lazy-update-editor";
import type { UpdateEditorProps } from "@/components/editor/update-editor";
import { Notice } from "@/components/ui/notice";

export type ApprovableEditorProps = Omit<UpdateEditorProps, "onApprovalWithdrawn"> & {
  /** Shown while the update is approved and waiting to go out; null for a draft. */
  approval: { title: string; detail: string } | null;
};

export const WITHDRAWN_TITLE = "Approval withdrawn: approve again so it goes out";

/**
 * The editor, with the update's approval beside it. Editing an approved update withdraws the
 * approval on the first save, and the author sees that at once: it will not go out until they
 * approve it again.
 */
export function ApprovableEditor({ approval, ...editor }: ApprovableEditorProps) {
  const [withdrawn, setWithdrawn] = useState(false);
  return (
    <div className="space-y-4">
      {withdrawn ? (
        <Notice tone="warning" title={WITHDRAWN_TITLE}>
          You changed this update after approving it, so it will not be sent as it was. Preview it and approve it again when it is ready.
        </Notice>
      ) : approval ? (
        <Notice tone="info" title={approval.title}>
          {approval.detail}
        </Notice>
      ) : null}
      <LazyUpdateEditor {...editor} onApprovalWithdrawn={() => setWithdrawn(true)} />
    </div>
  );
}
