-- CreateTable
CREATE TABLE "UpdateSearchText" (
    "id" SERIAL NOT NULL,
    "updateId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "UpdateSearchText_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UpdateSearchText_updateId_key" ON "UpdateSearchText"("updateId");

-- CreateIndex
CREATE INDEX "UpdateSearchText_authorId_idx" ON "UpdateSearchText"("authorId");

-- AddForeignKey
ALTER TABLE "UpdateSearchText" ADD CONSTRAINT "UpdateSearchText_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "Update"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Full-text index over the words of each update (written by hand: Prisma cannot express it).
-- The 'simple' configuration keeps every word as written, without stemming or stop words, so
-- the two databases find the same updates. Queries must use this same expression.
CREATE INDEX "UpdateSearchText_body_fts_idx" ON "UpdateSearchText" USING GIN (to_tsvector('simple', "body"));
