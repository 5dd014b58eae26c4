-- CreateTable
CREATE TABLE "CardStateStamp" (
    "deckId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stamp" BIGINT NOT NULL,

    PRIMARY KEY ("deckId", "userId")
);

-- CreateTable
CREATE TABLE "QuizAttemptStamp" (
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stamp" BIGINT NOT NULL,

    PRIMARY KEY ("quizId", "userId")
);

-- Whenever a user's card states on a deck, or their attempts at a quiz (answers included),
-- change, whichever code changed them (the review writer's SQL, Prisma, a cascading delete),
-- their stamp there is drawn again: a random integer within JavaScript's safe range
-- (random() >> 11 keeps 53 bits). lib/class-reads.ts reads again only what a new stamp marks.
-- Prisma does not manage triggers: they live in migrations only.

CREATE TRIGGER "CardState_stamp_after_insert" AFTER INSERT ON "CardState" BEGIN
  INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp") VALUES (NEW."deckId", NEW."userId", random() >> 11)
    ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "CardState_stamp_after_update" AFTER UPDATE ON "CardState" BEGIN
  INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp") VALUES (NEW."deckId", NEW."userId", random() >> 11)
    ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp")
    SELECT OLD."deckId", OLD."userId", random() >> 11 WHERE OLD."deckId" <> NEW."deckId" OR OLD."userId" <> NEW."userId"
    ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "CardState_stamp_after_delete" AFTER DELETE ON "CardState" BEGIN
  INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp") VALUES (OLD."deckId", OLD."userId", random() >> 11)
    ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "QuizAttempt_stamp_after_insert" AFTER INSERT ON "QuizAttempt" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp") VALUES (NEW."quizId", NEW."userId", random() >> 11)
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "QuizAttempt_stamp_after_update" AFTER UPDATE ON "QuizAttempt" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp") VALUES (NEW."quizId", NEW."userId", random() >> 11)
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
    SELECT OLD."quizId", OLD."userId", random() >> 11 WHERE OLD."quizId" <> NEW."quizId" OR OLD."userId" <> NEW."userId"
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "QuizAttempt_stamp_after_delete" AFTER DELETE ON "QuizAttempt" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp") VALUES (OLD."quizId", OLD."userId", random() >> 11)
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

-- An answer stamps its attempt's quiz and user. (Deleting an attempt deletes its answers; the
-- attempt's own trigger stamps that.)
CREATE TRIGGER "QuizAnswer_stamp_after_insert" AFTER INSERT ON "QuizAnswer" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
    SELECT "quizId", "userId", random() >> 11 FROM "QuizAttempt" WHERE "id" = NEW."attemptId"
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "QuizAnswer_stamp_after_update" AFTER UPDATE ON "QuizAnswer" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
    SELECT "quizId", "userId", random() >> 11 FROM "QuizAttempt" WHERE "id" = NEW."attemptId"
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

CREATE TRIGGER "QuizAnswer_stamp_after_delete" AFTER DELETE ON "QuizAnswer" BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
    SELECT "quizId", "userId", random() >> 11 FROM "QuizAttempt" WHERE "id" = OLD."attemptId"
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
END;

-- What exists already.
INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp")
  SELECT "deckId", "userId", random() >> 11 FROM "CardState" GROUP BY "deckId", "userId";
INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
  SELECT "quizId", "userId", random() >> 11 FROM "QuizAttempt" GROUP BY "quizId", "userId";
