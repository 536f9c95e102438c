-- CreateTable
CREATE TABLE "SignInMailCount" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInMailCount_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInMailCount_expiresAt_idx" ON "SignInMailCount"("expiresAt");

