import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/** zxcvbn scores 0-4; 3 is "safely unguessable" against an online attack (about 10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

/** Words anyone attacking Kioku would try first: its name, what it does, its demo accounts. */
const APP_WORDS = ["kioku", "記憶", "kioku-demo-student", "kioku-demo-instructor", "demo", "student", "instructor", "flashcard", "flashcards", "deck", "decks", "study", "quiz", "spaced", "repetition", "fsrs", "anki"];

let factory: ZxcvbnFactory | undefined;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, kioku: APP_WORDS },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/** Pieces of what the user typed elsewhere in the form: "Nell Quinn", "nell.q@x.test" -> nell, quinn, nell.q, … */
function userWords(inputs: readonly string[]): string[] {
  const words = new Set<string>();
  for (const input of inputs) {
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    for (const part of value.split(/[\s@._+-]+/)) if (part.length >= 3) words.add(part);
    words.add(value.split("@")[0]!.replace(/[^\p{L}\p{N}]/gu, ""));
  }
  return [...words];
}

/**
 * Null when the password scores at least 3, otherwise what to tell the user: zxcvbn's own
 * warning and suggestions. `userInputs` (name, e-mail) count as words an attacker knows.
 */
export function passwordWeakness(password: string, userInputs: readonly string[] = []): string | null {
  const result = estimator().check(password, userWords(userInputs));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string => Boolean(text));
  return `Too easy to guess. ${advice.length ? advice.join(" ") : "Add more words that are not about you."}`;
}
