-- CreateTable
CREATE TABLE "ReviewDueCount" (
    "userId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ReviewDueCount_pkey" PRIMARY KEY ("userId","bucket")
);

-- CreateIndex
CREATE INDEX "Card_deckId_group_idx" ON "Card"("deckId", "group");

-- ReviewDueCount holds, per user and quarter hour (epoch seconds of the due time / 900, rounded
-- down), how many of the user's review cards that are not suspended fall due then: the load
-- balancer's reading on every answer. This trigger keeps it on every insert, update and delete
-- of CardState, whichever code made the change (the answer's one statement, Prisma, a cascading
-- delete); a count that reaches 0 is deleted. Prisma does not manage triggers or functions: they
-- live in migrations only.
--
-- The user's advisory lock (per transaction) makes one user's counts change one transaction at a
-- time: two transactions that each move several of a user's cards (two devices sending batches)
-- would otherwise lock the same buckets in different orders and deadlock.
CREATE FUNCTION "review_due_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_bucket integer;
  new_bucket integer;
  remaining integer;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."phase" = 'review' AND NOT OLD."suspended" THEN
    old_bucket := floor(extract(epoch FROM OLD."due") / 900);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."phase" = 'review' AND NOT NEW."suspended" THEN
    new_bucket := floor(extract(epoch FROM NEW."due") / 900);
  END IF;
  IF old_bucket IS NULL AND new_bucket IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND old_bucket = new_bucket AND OLD."userId" = NEW."userId" THEN
    RETURN NULL;
  END IF;
  IF old_bucket IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(OLD."userId", 0));
    UPDATE "ReviewDueCount" SET "count" = "count" - 1 WHERE "userId" = OLD."userId" AND "bucket" = old_bucket
      RETURNING "count" INTO remaining;
    IF remaining = 0 THEN
      DELETE FROM "ReviewDueCount" WHERE "userId" = OLD."userId" AND "bucket" = old_bucket;
    END IF;
  END IF;
  IF new_bucket IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW."userId", 0));
    INSERT INTO "ReviewDueCount" ("userId", "bucket", "count") VALUES (NEW."userId", new_bucket, 1)
      ON CONFLICT ("userId", "bucket") DO UPDATE SET "count" = "ReviewDueCount"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CardState_due_count" AFTER INSERT OR UPDATE OF "userId", "due", "phase", "suspended" OR DELETE ON "CardState"
  FOR EACH ROW EXECUTE FUNCTION "review_due_count"();

-- What exists already.
INSERT INTO "ReviewDueCount" ("userId", "bucket", "count")
  SELECT "userId", floor(extract(epoch FROM "due") / 900)::integer, count(*)::integer FROM "CardState"
  WHERE "phase" = 'review' AND NOT "suspended" GROUP BY 1, 2;
