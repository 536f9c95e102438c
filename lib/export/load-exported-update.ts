import "server-only";
import { notFound } from "@/lib/errors/app-error";
import type { ExportedUpdate } from "./history-export-schema";
import { readExportedUpdates } from "./read-exported-updates";

export type LoadExportedUpdateOptions = { userId: string; updateId: string };

/** One of the author's updates in the export's shape; NOT_FOUND for anyone else's. */
export async function loadExportedUpdate({ userId, updateId }: LoadExportedUpdateOptions): Promise<ExportedUpdate> {
  const [update] = await readExportedUpdates({ userId, updateId });
  if (!update) throw notFound("Update");
  return update;
}
