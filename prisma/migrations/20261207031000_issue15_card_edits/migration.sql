-- AlterTable
ALTER TABLE "Card" ADD COLUMN "deletedAt" DATETIME;

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN "retiredAt" DATETIME;
