-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "QuizQuestion" ADD COLUMN     "retiredAt" TIMESTAMP(3);
