import { useEffect, useState } from "react";
import { putContent } from "./save-request";
import { AutosaveController, type SaveStatus } from "./autosave-controller";

/**
 * Autosave wired to the page's life: saves when the tab is hidden or closed, and when back online.
 * `onApprovalWithdrawn` is taken once, when the editor opens: pass a function that stays valid.
 */
export function useAutosave(updateId: string, initialVersion: number, onApprovalWithdrawn?: () => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [controller] = useState(() => new AutosaveController(updateId, initialVersion, setStatus, putContent, onApprovalWithdrawn));

  useEffect(() => {
    const flush = () => void controller.flush();
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
      controller.dispose();
    };
  }, [controller]);

  return { status, controller };
}
