-- AlterTable
ALTER TABLE "Update" ADD COLUMN "skipNote" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Schedule" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "intervalWeeks" INTEGER NOT NULL DEFAULT 2,
    "weekday" INTEGER NOT NULL,
    "localTime" TEXT NOT NULL,
    "firstDueDate" TEXT NOT NULL,
    "reminderLeadMinutes" TEXT NOT NULL DEFAULT '2880,120',
    "pausedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Schedule_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Schedule" ("firstDueDate", "intervalWeeks", "localTime", "pausedUntil", "updatedAt", "userId", "weekday") SELECT "firstDueDate", "intervalWeeks", "localTime", "pausedUntil", "updatedAt", "userId", "weekday" FROM "Schedule";
DROP TABLE "Schedule";
ALTER TABLE "new_Schedule" RENAME TO "Schedule";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

