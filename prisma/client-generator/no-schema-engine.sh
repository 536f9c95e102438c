#!/bin/sh
# Stands in for Prisma 7's native schema engine, which its CLI would download from the vendor's
# servers; Biweekly installs only from the npm registry. Generating the client never runs it;
# migrations run through `npx prisma` (6.19.3, WebAssembly schema engine).
echo "Prisma 7's schema engine is not installed: run migrations with npx prisma (see README)." >&2
exit 1
