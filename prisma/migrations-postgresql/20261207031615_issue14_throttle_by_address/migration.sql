-- AlterTable
ALTER TABLE "LoginFailure" ADD COLUMN     "address" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "SignUpAttempt" (
    "id" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignUpAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignUpAttempt_address_at_idx" ON "SignUpAttempt"("address", "at");

-- CreateIndex
CREATE INDEX "SignUpAttempt_at_idx" ON "SignUpAttempt"("at");

-- CreateIndex
CREATE INDEX "LoginFailure_email_address_at_idx" ON "LoginFailure"("email", "address", "at");

-- CreateIndex
CREATE INDEX "LoginFailure_address_at_idx" ON "LoginFailure"("address", "at");
