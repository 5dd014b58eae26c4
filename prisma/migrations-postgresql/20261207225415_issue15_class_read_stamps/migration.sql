-- CreateTable
CREATE TABLE "CardStateStamp" (
    "deckId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stamp" BIGINT NOT NULL,

    CONSTRAINT "CardStateStamp_pkey" PRIMARY KEY ("deckId","userId")
);

-- CreateTable
CREATE TABLE "QuizAttemptStamp" (
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stamp" BIGINT NOT NULL,

    CONSTRAINT "QuizAttemptStamp_pkey" PRIMARY KEY ("quizId","userId")
);

-- Whenever a user's card states on a deck, or their attempts at a quiz (answers included),
-- change, whichever code changed them (the review writer's SQL, Prisma, a cascading delete),
-- their stamp there is drawn again: a random integer within JavaScript's safe range (2^53).
-- lib/class-reads.ts reads again only what a new stamp marks. Prisma does not manage triggers
-- or functions: they live in migrations only.

CREATE FUNCTION "card_state_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp") VALUES (OLD."deckId", OLD."userId", floor(random() * 9007199254740992)::bigint)
      ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD."deckId", OLD."userId") IS DISTINCT FROM (NEW."deckId", NEW."userId")) THEN
    INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp") VALUES (NEW."deckId", NEW."userId", floor(random() * 9007199254740992)::bigint)
      ON CONFLICT ("deckId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "CardState_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CardState"
  FOR EACH ROW EXECUTE FUNCTION "card_state_stamp"();

CREATE FUNCTION "quiz_attempt_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp") VALUES (OLD."quizId", OLD."userId", floor(random() * 9007199254740992)::bigint)
      ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD."quizId", OLD."userId") IS DISTINCT FROM (NEW."quizId", NEW."userId")) THEN
    INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp") VALUES (NEW."quizId", NEW."userId", floor(random() * 9007199254740992)::bigint)
      ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "QuizAttempt_stamp" AFTER INSERT OR UPDATE OR DELETE ON "QuizAttempt"
  FOR EACH ROW EXECUTE FUNCTION "quiz_attempt_stamp"();

-- An answer stamps its attempt's quiz and user. (Deleting an attempt deletes its answers; the
-- attempt's own trigger stamps that.)
CREATE FUNCTION "quiz_answer_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
    SELECT "quizId", "userId", floor(random() * 9007199254740992)::bigint FROM "QuizAttempt"
    WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."attemptId" ELSE NEW."attemptId" END)
    ON CONFLICT ("quizId", "userId") DO UPDATE SET "stamp" = excluded."stamp";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "QuizAnswer_stamp" AFTER INSERT OR UPDATE OR DELETE ON "QuizAnswer"
  FOR EACH ROW EXECUTE FUNCTION "quiz_answer_stamp"();

-- What exists already.
INSERT INTO "CardStateStamp" ("deckId", "userId", "stamp")
  SELECT "deckId", "userId", floor(random() * 9007199254740992)::bigint FROM "CardState" GROUP BY "deckId", "userId";
INSERT INTO "QuizAttemptStamp" ("quizId", "userId", "stamp")
  SELECT "quizId", "userId", floor(random() * 9007199254740992)::bigint FROM "QuizAttempt" GROUP BY "quizId", "userId";
