import { type APIRequestContext, type Browser } from "@playwright/test";
import { expect, newAccount, signUp, test } from "./fixtures";

/**
 * Every page and route that shows or changes one user's objects, asked for by everyone else:
 * anonymous visitors are sent to sign-in (pages) or get 401 (routes); other students, a
 * self-learner and instructors get 404 and never a byte of the owner's data.
 */
const ARTICLE = `The Lighthouse Board met on 3 May 1921. The engineer Ada Quill proposed a new lamp design for the Board.
The Board approved three improvements: brighter lamps, taller towers, and louder horns.`;

async function session(browser: Browser, role: "student" | "instructor", label: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newAccount(label), role);
  return { context, page };
}

test("access matrix over a user's decks, cards, quizzes and attempts", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const owner = await session(browser, "student", "owner");
  const page = owner.page;

  // The owner's private deck, a card they studied, a quiz and an attempt.
  await page.goto("/decks/new");
  await page.getByLabel("Title").fill("Private Lighthouses");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: "Generate cards" }).click();
  await page.getByRole("button", { name: /Publish deck/ }).click();
  await expect(page).toHaveURL(/\/decks\/private-lighthouses-[0-9a-f]{8}$/);
  const slug = page.url().split("/decks/")[1]!;
  await page.goto(`/study/${slug}`);
  const cardId = (await page.getByTestId("flashcard").getAttribute("data-card-id"))!;
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(page.getByTestId("flashcard")).not.toHaveAttribute("data-card-id", cardId);
  await page.goto(`/decks/${slug}/quiz`);
  await page.getByRole("button", { name: "Start a practice quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/[^/]+\/attempts\/[^/]+$/);
  const [, quizId, attemptId] = /\/quizzes\/([^/]+)\/attempts\/([^/]+)$/.exec(page.url())!;

  const pages = [
    `/decks/${slug}`,
    `/study/${slug}`,
    `/decks/${slug}/quiz`,
    `/decks/${slug}/article`,
    `/decks/${slug}/settings`,
    `/cards/${cardId}`,
    `/quizzes/${quizId}`,
    `/quizzes/${quizId}/attempts/${attemptId}`,
    // Owner-only pages of issue 15: regenerating a deck, printing a quiz with its answer key.
    `/decks/${slug}/regenerate`,
    `/quizzes/${quizId}/print`,
  ];
  for (const url of pages) expect((await page.request.get(url, { maxRedirects: 0 })).status(), `owner GET ${url}`).toBe(200);

  const others = [
    await session(browser, "student", "other-student"),
    await session(browser, "student", "self-learner"),
    await session(browser, "instructor", "instructor-a"),
    await session(browser, "instructor", "instructor-b"),
  ];
  const anonymous: APIRequestContext = await playwright.request.newContext({ baseURL });

  for (const url of pages) {
    const response = await anonymous.get(url, { maxRedirects: 0 });
    expect.soft(response.status(), `anonymous GET ${url}`).toBe(307);
    expect.soft(response.headers().location ?? "", `anonymous GET ${url} goes to sign-in`).toContain("/sign-in");
  }
  for (const [index, other] of others.entries()) {
    for (const url of pages) {
      const response = await other.page.request.get(url, { maxRedirects: 0 });
      expect.soft(response.status(), `user ${index} GET ${url}`).toBe(404);
      expect.soft(await response.text(), `user ${index} sees nothing of ${url}`).not.toContain("Lighthouse");
    }
    // Writing to the owner's card through the review route: refused, nothing stored.
    const review = await other.page.request.post("/api/study/reviews", {
      data: { cardId, rating: 3, idempotencyKey: `matrix-${index}-${Date.now()}`, durationMs: 1000 },
    });
    expect.soft(review.status(), `user ${index} POST a review of the owner's card`).toBe(404);
    // Their own export holds none of the owner's answers.
    const exported = await other.page.request.get("/api/review-log/export");
    expect.soft(exported.status()).toBe(200);
    expect.soft(await exported.text()).not.toContain(cardId);
    expect.soft((await other.page.request.get("/api/optimizer/runs/cmi0000000000000000000000")).status()).toBe(404);
  }
  const anonymousReview = await anonymous.post("/api/study/reviews", { data: { cardId, rating: 3, idempotencyKey: "anonymous-try-1", durationMs: 1 } });
  expect.soft(anonymousReview.status()).toBe(401);
  expect.soft((await anonymous.get("/api/review-log/export")).status()).toBe(401);

  // The owner's own export still has exactly their one answer to that card.
  const mine = await page.request.get("/api/review-log/export");
  expect((await mine.text()).split("\n").filter((line) => line.startsWith(`${cardId},`))).toHaveLength(1);

  for (const other of [owner, ...others]) await other.context.close();
  await anonymous.dispose();
});
