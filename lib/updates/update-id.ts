import { z } from "zod";

/** Ids are cuids; anything else cannot name an update and answers 404 without a query. */
export const recordId = z.string().regex(/^[a-z0-9]{20,32}$/);
