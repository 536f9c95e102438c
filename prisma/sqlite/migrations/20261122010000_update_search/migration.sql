-- CreateTable
CREATE TABLE "UpdateSearchText" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "updateId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "UpdateSearchText_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "UpdateSearchText_updateId_key" ON "UpdateSearchText"("updateId");

-- CreateIndex
CREATE INDEX "UpdateSearchText_authorId_idx" ON "UpdateSearchText"("authorId");

