-- AlterTable
ALTER TABLE "Update" ADD COLUMN "acknowledgedAt" DATETIME;

-- CreateTable
CREATE TABLE "Ask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "goalTitle" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "firstUpdateId" TEXT NOT NULL,
    "firstAskedAt" DATETIME NOT NULL,
    "lastUpdateId" TEXT NOT NULL,
    "lastAskedAt" DATETIME NOT NULL,
    "timesAsked" INTEGER NOT NULL DEFAULT 1,
    "resolvedAt" DATETIME,
    "resolutionNote" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Ask_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ask_firstUpdateId_fkey" FOREIGN KEY ("firstUpdateId") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ask_lastUpdateId_fkey" FOREIGN KEY ("lastUpdateId") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "image" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "setupCompletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "spreadThinAbove" INTEGER NOT NULL DEFAULT 5,
    "openAsksLine" BOOLEAN NOT NULL DEFAULT true
);
INSERT INTO "new_User" ("createdAt", "email", "emailVerified", "id", "image", "name", "setupCompletedAt", "spreadThinAbove", "timeZone") SELECT "createdAt", "email", "emailVerified", "id", "image", "name", "setupCompletedAt", "spreadThinAbove", "timeZone" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Ask_authorId_resolvedAt_idx" ON "Ask"("authorId", "resolvedAt");

-- CreateIndex
CREATE INDEX "Ask_firstUpdateId_idx" ON "Ask"("firstUpdateId");

-- CreateIndex
CREATE INDEX "Ask_lastUpdateId_idx" ON "Ask"("lastUpdateId");

