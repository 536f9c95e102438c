import { historyExportJsonSchema } from "@/lib/export/history-export-schema";

/** The JSON Schema of the history export: public, it describes a format and holds no one's data. */
export function GET() {
  return Response.json(historyExportJsonSchema(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
