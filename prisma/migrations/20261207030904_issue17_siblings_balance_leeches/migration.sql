-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deckId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "explanation" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "group" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("answer", "deckId", "explanation", "id", "key", "kind", "position", "prompt", "tags") SELECT "answer", "deckId", "explanation", "id", "key", "kind", "position", "prompt", "tags" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_deckId_position_idx" ON "Card"("deckId", "position");
CREATE UNIQUE INDEX "Card_deckId_key_key" ON "Card"("deckId", "key");
CREATE TABLE "new_UserSettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "maxReviewsPerDay" INTEGER NOT NULL DEFAULT 200,
    "learningSteps" TEXT NOT NULL DEFAULT '1m 10m',
    "relearningSteps" TEXT NOT NULL DEFAULT '10m',
    "enableFuzz" BOOLEAN NOT NULL DEFAULT true,
    "dayStartHour" INTEGER NOT NULL DEFAULT 4,
    "burySiblings" BOOLEAN NOT NULL DEFAULT true,
    "loadBalance" BOOLEAN NOT NULL DEFAULT true,
    "easyDays" TEXT NOT NULL DEFAULT 'nnnnnnn',
    "autoSuspendLeeches" BOOLEAN NOT NULL DEFAULT false,
    "fsrsParameters" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UserSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_UserSettings" ("dayStartHour", "desiredRetention", "enableFuzz", "fsrsParameters", "learningSteps", "maxReviewsPerDay", "maximumInterval", "newCardsPerDay", "relearningSteps", "updatedAt", "userId") SELECT "dayStartHour", "desiredRetention", "enableFuzz", "fsrsParameters", "learningSteps", "maxReviewsPerDay", "maximumInterval", "newCardsPerDay", "relearningSteps", "updatedAt", "userId" FROM "UserSettings";
DROP TABLE "UserSettings";
ALTER TABLE "new_UserSettings" RENAME TO "UserSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
