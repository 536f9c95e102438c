import "server-only";
import type { PrismaClient } from "@prisma/client";

export type CheckDatabaseOptions = {
  db: Pick<PrismaClient, "$queryRaw">;
  /** A database that takes longer than this to answer counts as down. */
  timeoutMs?: number;
};

/** Whether the database answers a trivial query in time. Never throws: the reason is logged. */
export async function checkDatabase({ db, timeoutMs = 2_000 }: CheckDatabaseOptions): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, late]);
    return true;
  } catch (error) {
    console.error("health: the database did not answer", error);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
