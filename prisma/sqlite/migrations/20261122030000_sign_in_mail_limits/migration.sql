-- CreateTable
CREATE TABLE "SignInMailCount" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInMailCount_expiresAt_idx" ON "SignInMailCount"("expiresAt");

