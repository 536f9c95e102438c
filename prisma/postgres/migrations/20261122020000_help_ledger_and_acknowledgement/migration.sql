-- AlterTable
ALTER TABLE "Update" ADD COLUMN     "acknowledgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "openAsksLine" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Ask" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "goalTitle" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "firstUpdateId" TEXT NOT NULL,
    "firstAskedAt" TIMESTAMP(3) NOT NULL,
    "lastUpdateId" TEXT NOT NULL,
    "lastAskedAt" TIMESTAMP(3) NOT NULL,
    "timesAsked" INTEGER NOT NULL DEFAULT 1,
    "resolvedAt" TIMESTAMP(3),
    "resolutionNote" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Ask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ask_authorId_resolvedAt_idx" ON "Ask"("authorId", "resolvedAt");

-- CreateIndex
CREATE INDEX "Ask_firstUpdateId_idx" ON "Ask"("firstUpdateId");

-- CreateIndex
CREATE INDEX "Ask_lastUpdateId_idx" ON "Ask"("lastUpdateId");

-- AddForeignKey
ALTER TABLE "Ask" ADD CONSTRAINT "Ask_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ask" ADD CONSTRAINT "Ask_firstUpdateId_fkey" FOREIGN KEY ("firstUpdateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ask" ADD CONSTRAINT "Ask_lastUpdateId_fkey" FOREIGN KEY ("lastUpdateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;

