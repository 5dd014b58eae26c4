import "server-only";
import { z } from "zod";
import { ARTICLE_INPUT_MESSAGES, checkArticleBytes, checkArticleText } from "@/core/content/article-input";
import { titleFromArticle } from "@/core/content/deck-title";
import { splitFrontMatter } from "@/core/content/front-matter";
import { generateDeck } from "@/core/generation";
import { cardKeyForQuestion, questionsFollowingEdits } from "@/core/quiz";
import type { GeneratedCard } from "@/core/generation/types";
import type { QuestionRef } from "@/core/quiz/from-generated";
import type { CurrentUser } from "@/features/account/session";
import { fail, ok, type Result } from "@/lib/errors";
import { saveGeneratedDeck } from "./mutations";
import { deckSourceFormSchema, publishDeckSchema } from "./schema";
import { deckSlugFor } from "./slug";

export interface DeckPreview {
  title: string;
  published?: string;
  /** The article text as received (front matter removed); sent back on publish. */
  text: string;
  sentences: { id: number; text: string }[];
  cards: GeneratedCard[];
  questionCount: number;
  /** The generated questions as refs, so the preview counts the ones its edits keep. */
  questionRefs: QuestionRef[];
}

export type PreviewState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[] | undefined> }
  | { status: "ready"; preview: DeckPreview };

/**
 * The deck actions' bodies with the signed-in user passed in; the "use server" wrappers in
 * actions.ts fetch the user and redirect; tests drive these directly.
 */
type Actor = Pick<CurrentUser, "id">;

const ALLOWED_UPLOAD = /\.(md|markdown|txt)$/i;

async function readArticle(formData: FormData): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (!ALLOWED_UPLOAD.test(file.name)) return { ok: false, message: "Upload a .md or .txt file." };
    const checked = checkArticleBytes(new Uint8Array(await file.arrayBuffer()));
    return checked.ok ? checked : { ok: false, message: ARTICLE_INPUT_MESSAGES[checked.problem] };
  }
  const pasted = formData.get("text");
  const checked = checkArticleText(typeof pasted === "string" ? pasted : "");
  return checked.ok ? checked : { ok: false, message: ARTICLE_INPUT_MESSAGES[checked.problem] };
}

/** Generates cards from pasted text or an uploaded file for the creator to review; stores nothing. */
export async function previewDeckOperation(_user: Actor, formData: FormData): Promise<PreviewState> {
  const form = deckSourceFormSchema.safeParse({
    title: formData.get("title") ?? undefined,
    published: formData.get("published") ?? undefined,
  });
  if (!form.success) {
    return { status: "error", message: "Please fix the fields below.", fieldErrors: z.flattenError(form.error).fieldErrors };
  }
  const article = await readArticle(formData);
  if (!article.ok) return { status: "error", message: article.message };

  const { title: fmTitle, published: fmPublished, body } = splitFrontMatter(article.text);
  const published = form.data.published ?? fmPublished;
  const title = form.data.title || titleFromArticle(body, fmTitle);
  // The title names the main subject when the text opens on "She"; publishing passes the same one.
  const generated = generateDeck({ text: body, referenceDate: published, title });
  if (generated.cards.length === 0) {
    return {
      status: "error",
      message:
        "No facts were found in this text: no dates, people with roles, lists or defined terms. Try an article with more concrete facts.",
    };
  }
  return {
    status: "ready",
    preview: {
      title,
      published,
      text: body,
      sentences: generated.sentences.map(({ id, text }) => ({ id, text })),
      cards: generated.cards,
      questionCount: generated.questions.length,
      questionRefs: generated.questions.map((question) => ({ cardKey: cardKeyForQuestion(question, generated.cards), sourceSentenceIds: question.sourceSentenceIds })),
    },
  };
}

/** Publishes the reviewed cards as the user's own deck, all or nothing; the action then opens it. */
export async function publishDeckOperation(user: Actor, raw: unknown): Promise<Result<{ slug: string }, "invalid">> {
  const parsed = publishDeckSchema.safeParse(raw);
  if (!parsed.success) return fail("invalid", z.prettifyError(parsed.error));
  const checked = checkArticleText(parsed.data.text);
  if (!checked.ok) return fail("invalid", ARTICLE_INPUT_MESSAGES[checked.problem]);

  // Sentences are re-split here rather than trusted from the client; splitting is deterministic.
  const generated = generateDeck({ text: checked.text, referenceDate: parsed.data.published, title: parsed.data.title });
  const { sentences, plainText } = generated;
  const unknownSource = parsed.data.cards.find((card) => card.sourceSentenceIds.some((id) => id >= sentences.length));
  if (unknownSource) return fail("invalid", `The card “${unknownSource.prompt}” cites a sentence the article does not have.`);

  const slug = deckSlugFor(parsed.data.title);
  await saveGeneratedDeck({
    article: { slug, title: parsed.data.title, published: parsed.data.published, body: checked.text, plainText },
    sentences,
    // Fact ids come from the server's own generation, by card key (cards added by hand have none).
    cards: parsed.data.cards.map((card) => {
      const factId = generated.cards.find((g) => g.key === card.key)?.factId;
      return factId ? { ...card, factId } : card;
    }),
    // Quiz questions follow the person's edits: none about a card they corrected or dropped.
    questions: questionsFollowingEdits(generated.questions, generated.cards, parsed.data.cards),
    ownerId: user.id,
  });
  return ok({ slug });
}
