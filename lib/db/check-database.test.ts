import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@prisma/client";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkDatabase } from "./check-database";
import { db } from "./client";

describe("checkDatabase", () => {
  it("is true when the database answers", async () => {
    expect(await checkDatabase({ db })).toBe(true);
  });

  it("is false, without throwing, when the database cannot be opened", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const missing = path.join(tmpdir(), "biweekly-no-such-folder", "nothing.db");
    const unreachable = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${missing}` }) });
    expect(await checkDatabase({ db: unreachable })).toBe(false);
  });

  it("is false when the database answers too late", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const stalled = { $queryRaw: () => new Promise(() => undefined) } as unknown as Pick<PrismaClient, "$queryRaw">;
    expect(await checkDatabase({ db: stalled, timeoutMs: 50 })).toBe(false);
  });
});
