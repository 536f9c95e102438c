-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DeliveryKind" ADD VALUE 'REMINDER';
ALTER TYPE "DeliveryKind" ADD VALUE 'OVERDUE';
ALTER TYPE "DeliveryKind" ADD VALUE 'SKIP_NOTE';

-- AlterTable
ALTER TABLE "Schedule" ADD COLUMN     "reminderLeadMinutes" TEXT NOT NULL DEFAULT '2880,120';

-- AlterTable
ALTER TABLE "Update" ADD COLUMN     "skipNote" TEXT;

