import { type APIRequestContext, type Browser } from "@playwright/test";
import { expect, newAccount, signUp, test } from "./fixtures";
import { InstructorClassPage } from "./pages/class-page";

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

test("a private deck is not re-shared through a member's own class", async ({ browser }) => {
  test.setTimeout(180_000);
  // I2 owns deck D and assigns it to class C.
  const owner = await session(browser, "instructor", "deck-owner");
  await owner.page.goto("/decks/new");
  await owner.page.getByLabel("Title").fill("Guarded Lighthouses");
  await owner.page.getByLabel("Article text").fill(ARTICLE);
  await owner.page.getByRole("button", { name: "Generate cards" }).click();
  await owner.page.getByRole("button", { name: /Publish deck/ }).click();
  await expect(owner.page).toHaveURL(/\/decks\/guarded-lighthouses-[0-9a-f]{8}$/);
  const slug = owner.page.url().split("/decks/")[1]!;
  const ownerClass = new InstructorClassPage(owner.page);
  const { joinCode } = await ownerClass.create("Owner's class");
  await ownerClass.assignDeck(/Guarded Lighthouses/, "2030-01-15T10:00");

  // M signs up as an instructor, joins C (and may study D there), then makes C2.
  const middleman = await session(browser, "instructor", "middleman");
  await middleman.page.goto(`/join/${joinCode}`);
  await middleman.page.getByRole("button", { name: "Join class" }).click();
  await expect(middleman.page.getByRole("heading", { name: "Owner's class" })).toBeVisible();
  expect((await middleman.page.request.get(`/decks/${slug}`)).status()).toBe(200);
  const middlemanClass = new InstructorClassPage(middleman.page);
  const { joinCode: code2 } = await middlemanClass.create("Middleman's class");

  // The form offers only M's own and built-in decks; a forged option posts D's slug anyway.
  for (const name of ["Assign a deck", "Assign a quiz"]) {
    const form = middleman.page.getByRole("form", { name });
    const select = form.getByLabel("Deck");
    await expect(select.locator("option", { hasText: "Guarded Lighthouses" })).toHaveCount(0);
    await select.evaluate((node, value) => {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = "forged";
      node.appendChild(option);
      (node as HTMLSelectElement).value = value;
    }, slug);
    await form.getByLabel("Due", { exact: true }).fill("2030-01-15T10:00");
    await form.getByRole("button", { name: name === "Assign a deck" ? "Assign deck" : "Assign quiz" }).click();
    await expect(form.getByRole("alert")).toContainText("not yours to assign");
  }

  // B joins C2 and reads nothing of D.
  const bystander = await session(browser, "student", "bystander");
  await bystander.page.goto(`/join/${code2}`);
  await bystander.page.getByRole("button", { name: "Join class" }).click();
  await expect(bystander.page.getByRole("heading", { name: "Middleman's class" })).toBeVisible();
  await expect(bystander.page.getByTestId("assignment")).toHaveCount(0);
  for (const url of [`/decks/${slug}`, `/decks/${slug}/article`, `/study/${slug}`]) {
    const response = await bystander.page.request.get(url, { maxRedirects: 0 });
    expect.soft(response.status(), `bystander GET ${url}`).toBe(404);
    expect.soft(await response.text()).not.toContain("Guarded Lighthouses");
  }
  for (const other of [owner, middleman, bystander]) await other.context.close();
});
