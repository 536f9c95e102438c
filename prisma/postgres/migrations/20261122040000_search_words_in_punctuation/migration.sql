-- Punctuation separates words, as in the SQLite index. PostgreSQL's parser would otherwise skip
-- "<script>" as a tag and read a link or an address as one token, so "script", "spec" in
-- "https://example.com/spec" or "example" in "ada@example.com" would not be found.
-- Queries must use this same expression.
DROP INDEX "UpdateSearchText_body_fts_idx";
CREATE INDEX "UpdateSearchText_body_fts_idx" ON "UpdateSearchText"
  USING GIN (to_tsvector('simple', regexp_replace("body", '[[:punct:]]+', ' ', 'g')));
