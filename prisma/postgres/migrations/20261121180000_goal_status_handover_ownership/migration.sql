-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('ON_TRACK', 'AT_RISK', 'OFF_TRACK');

-- CreateEnum
CREATE TYPE "HandoverState" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- AlterTable
ALTER TABLE "UpdateSection" ADD COLUMN     "status" "CycleStatus";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "spreadThinAbove" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "GoalHandover" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT NOT NULL,
    "state" "HandoverState" NOT NULL DEFAULT 'PENDING',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "GoalHandover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalOwnership" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3),

    CONSTRAINT "GoalOwnership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GoalHandover_goalId_state_idx" ON "GoalHandover"("goalId", "state");

-- CreateIndex
CREATE INDEX "GoalHandover_toUserId_state_idx" ON "GoalHandover"("toUserId", "state");

-- CreateIndex
CREATE INDEX "GoalOwnership_goalId_since_idx" ON "GoalOwnership"("goalId", "since");

-- AddForeignKey
ALTER TABLE "GoalHandover" ADD CONSTRAINT "GoalHandover_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalHandover" ADD CONSTRAINT "GoalHandover_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalHandover" ADD CONSTRAINT "GoalHandover_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalOwnership" ADD CONSTRAINT "GoalOwnership_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalOwnership" ADD CONSTRAINT "GoalOwnership_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

