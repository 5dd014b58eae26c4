-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "address" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL
);
INSERT INTO "new_LoginFailure" ("at", "email", "id") SELECT "at", "email", "id" FROM "LoginFailure";
DROP TABLE "LoginFailure";
ALTER TABLE "new_LoginFailure" RENAME TO "LoginFailure";
CREATE INDEX "LoginFailure_email_at_idx" ON "LoginFailure"("email", "at");
CREATE INDEX "LoginFailure_email_address_at_idx" ON "LoginFailure"("email", "address", "at");
CREATE INDEX "LoginFailure_address_at_idx" ON "LoginFailure"("address", "at");
CREATE INDEX "LoginFailure_at_idx" ON "LoginFailure"("at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SignUpAttempt_address_at_idx" ON "SignUpAttempt"("address", "at");

-- CreateIndex
CREATE INDEX "SignUpAttempt_at_idx" ON "SignUpAttempt"("at");
