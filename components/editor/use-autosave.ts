import { useEffect, useState } from "react";
import { putContent } from "./save-request";
import { AutosaveController, type SaveStatus } from "./autosave-controller";
import { ChangeThrottle } from "./change-throttle";

/**
 * Autosave wired to the page's life: saves when the tab is hidden or closed, and when back online.
 * Report each edit with `changes.note`; `changes.takeNow()` before anything that needs it saved.
 * `onApprovalWithdrawn` is taken once, when the editor opens: pass a function that stays valid.
 */
export function useAutosave(updateId: string, initialVersion: number, onApprovalWithdrawn?: () => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [{ controller, changes }] = useState(() => {
    // A save that ends while newer text waits to be taken does not read "Saved".
    const show = (next: SaveStatus) => {
      if (next.kind !== "saved" || !changes.waiting) setStatus(next);
    };
    const controller = new AutosaveController(updateId, initialVersion, show, putContent, onApprovalWithdrawn);
    const changes: ChangeThrottle = new ChangeThrottle((content) => controller.change(content), () => controller.noteUnsaved());
    return { controller, changes };
  });

  useEffect(() => {
    const flush = () => {
      changes.takeNow();
      void controller.flush();
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("online", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      window.removeEventListener("online", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibilityChange);
      changes.dispose();
      controller.dispose();
    };
  }, [controller, changes]);

  return { status, controller, changes };
}
