-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "group" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "autoSuspendLeeches" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "burySiblings" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "easyDays" TEXT NOT NULL DEFAULT 'nnnnnnn',
ADD COLUMN     "loadBalance" BOOLEAN NOT NULL DEFAULT true;
