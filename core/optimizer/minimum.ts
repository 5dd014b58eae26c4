/**
 * Below this many answers a fit mostly learns noise, and FSRS's defaults (fitted to hundreds of
 * millions of reviews) predict better; Anki asks for about as many before it optimizes.
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** Null when there are enough answers to optimize; otherwise what to tell the user. */
export function explainTooFewReviews(reviewCount: number, minimum = MIN_REVIEWS_TO_OPTIMIZE): string | null {
  if (reviewCount >= minimum) return null;
  const have = reviewCount === 1 ? "1 review" : `${reviewCount.toLocaleString("en-US")} reviews`;
  return `You have ${have}; the optimizer needs at least ${minimum.toLocaleString("en-US")}. Keep studying and come back after ${(minimum - reviewCount).toLocaleString("en-US")} more.`;
}
