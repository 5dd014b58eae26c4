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
    CONSTRAINT "Card_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Card" ("answer", "deckId", "explanation", "id", "key", "kind", "position", "prompt") SELECT "answer", "deckId", "explanation", "id", "key", "kind", "position", "prompt" FROM "Card";
DROP TABLE "Card";
ALTER TABLE "new_Card" RENAME TO "Card";
CREATE INDEX "Card_deckId_position_idx" ON "Card"("deckId", "position");
CREATE UNIQUE INDEX "Card_deckId_key_key" ON "Card"("deckId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
