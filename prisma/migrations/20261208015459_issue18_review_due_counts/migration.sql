-- CreateTable
CREATE TABLE "ReviewDueCount" (
    "userId" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "bucket")
);

-- CreateIndex
CREATE INDEX "Card_deckId_group_idx" ON "Card"("deckId", "group");

-- ReviewDueCount holds, per user and quarter hour (unixepoch(due) / 900), how many of the user's
-- review cards that are not suspended fall due then: the load balancer's reading on every answer.
-- These triggers keep it on every insert, update and delete of CardState, whichever code made
-- the change (the review writer's SQL, Prisma, a cascading delete); a count that reaches 0 is
-- deleted. Prisma does not manage triggers: they live in migrations only. Dates are ISO text
-- here; unixepoch reads them, and whole seconds bucket exactly since 900 s is whole seconds.
CREATE TRIGGER "CardState_due_count_after_insert" AFTER INSERT ON "CardState"
  WHEN NEW."phase" = 'review' AND NOT NEW."suspended" BEGIN
  INSERT INTO "ReviewDueCount" ("userId", "bucket", "count") VALUES (NEW."userId", unixepoch(NEW."due") / 900, 1)
    ON CONFLICT ("userId", "bucket") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "CardState_due_count_after_update" AFTER UPDATE OF "userId", "due", "phase", "suspended" ON "CardState" BEGIN
  UPDATE "ReviewDueCount" SET "count" = "count" - 1
    WHERE OLD."phase" = 'review' AND NOT OLD."suspended" AND "userId" = OLD."userId" AND "bucket" = unixepoch(OLD."due") / 900;
  DELETE FROM "ReviewDueCount" WHERE "userId" = OLD."userId" AND "bucket" = unixepoch(OLD."due") / 900 AND "count" = 0;
  INSERT INTO "ReviewDueCount" ("userId", "bucket", "count")
    SELECT NEW."userId", unixepoch(NEW."due") / 900, 1 WHERE NEW."phase" = 'review' AND NOT NEW."suspended"
    ON CONFLICT ("userId", "bucket") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "CardState_due_count_after_delete" AFTER DELETE ON "CardState"
  WHEN OLD."phase" = 'review' AND NOT OLD."suspended" BEGIN
  UPDATE "ReviewDueCount" SET "count" = "count" - 1 WHERE "userId" = OLD."userId" AND "bucket" = unixepoch(OLD."due") / 900;
  DELETE FROM "ReviewDueCount" WHERE "userId" = OLD."userId" AND "bucket" = unixepoch(OLD."due") / 900 AND "count" = 0;
END;

-- What exists already.
INSERT INTO "ReviewDueCount" ("userId", "bucket", "count")
  SELECT "userId", unixepoch("due") / 900, count(*) FROM "CardState" WHERE "phase" = 'review' AND NOT "suspended" GROUP BY 1, 2;
