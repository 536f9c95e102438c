import { useEffect, useState } from "react";
import { AutosaveController, type SaveStatus } from "./autosave-controller";

/** Autosave wired to the page's life: saves when the tab is hidden or closed, and when back online. */
export function useAutosave(updateId: string, initialVersion: number) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved", at: null });
  const [controller] = useState(() => new AutosaveController(updateId, initialVersion, setStatus));

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
