import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEFAULT_SCHEDULING_SETTINGS, replayState, schedulerSettingsOf } from "@/core/scheduling";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { createDatabaseClient } from "@/lib/db";
import { expect, newAccount, signIn, signUp, test } from "./fixtures";
import { SEED_DECK, StudyPage } from "./pages/study-page";
import { moveUserThroughTime } from "./support/time-travel";

/** The database the e2e server runs on (e2e/support/serve.ts writes its URL down). */
function database() {
  const port = process.env.KIOKU_E2E_PORT ?? "3100";
  return createDatabaseClient(readFileSync(path.join(process.cwd(), ".test-output", `e2e-${port}.database-url`), "utf8"));
}

async function userIdOf(page: Page): Promise<string> {
  const name = (await page.getByTestId("signed-in-as").textContent({ timeout: 1000 }).catch(() => null)) ?? "";
  const db = database();
  try {
    return (await db.user.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  } finally {
    await db.$disconnect();
  }
}

/** Every card of the user: its stored state is what its log replays to. Returns the log row count. */
async function expectStatesEqualLogs(userId: string): Promise<number> {
  const db = database();
  try {
    const logs = await db.reviewLog.findMany({ where: { userId }, orderBy: [...LOG_ORDER], select: { cardId: true, rating: true, reviewedAt: true, nextDue: true } });
    const cardIds = [...new Set(logs.map((log) => log.cardId))];
    for (const cardId of cardIds) {
      const own = logs.filter((log) => log.cardId === cardId);
      // These users never change their settings.
      const settings = schedulerSettingsOf(DEFAULT_SCHEDULING_SETTINGS);
      const row = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });
      expect(memoryFromRow(row), `card ${cardId}`).toEqual(replayState(historyFromRows(own), settings));
    }
    return logs.length;
  } finally {
    await db.$disconnect();
  }
}

async function answerGood(study: StudyPage, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = await study.cardId();
    seen.push(id);
    await study.page.keyboard.press("Space");
    await expect(study.page.getByTestId("card-answer")).toBeVisible();
    await study.page.keyboard.press("3");
    if (i < count - 1) await expect(study.card).not.toHaveAttribute("data-card-id", id);
  }
  return seen;
}

test.describe("studying without a connection", () => {
  test("answers given offline show the next card at once, wait on the device, and are stored exactly once on reconnect", async ({ studentPage: page, context }) => {
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    // The service worker takes the page over; the next visit online keeps the study page for offline use.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect(study.card).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    const answered = await answerGood(study, 20);
    expect(new Set(answered).size).toBe(20);
    // Every new card answered Good waits for its 10-minute step: the screen counts down, offline.
    await expect(page.getByTestId("learning-countdown")).toBeVisible();
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^20 answers wait to be sent/);
    expect(await expectStatesEqualLogs(userId)).toBe(0);

    // A reload with no connection: the app opens from the service worker's copy, and the
    // answers still wait, applied to the screen (no answered card comes back).
    await page.reload();
    await expect(page.getByTestId("learning-countdown")).toBeVisible();
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^20 answers wait to be sent/);
    expect(await expectStatesEqualLogs(userId)).toBe(0);

    await context.setOffline(false);
    await expect(page.getByTestId("answers-waiting")).toHaveCount(0);
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(20);
    // A reload sends nothing twice.
    await page.reload();
    await expect(page.getByTestId("learning-countdown")).toBeVisible();
    // The screen has read what the device keeps and sent whatever it found waiting.
    await expect(page.getByTestId("outbox")).toHaveAttribute("data-settled", "true");
    expect(await expectStatesEqualLogs(userId)).toBe(20);
  });

  test("a connection that drops mid-sync loses nothing and stores nothing twice", async ({ studentPage: page, context }) => {
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    await context.setOffline(true);
    expect(new Set(await answerGood(study, 20)).size).toBe(20);
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^20 answers wait/);
    // The first sync reaches the server, which stores the batch, but its reply never arrives.
    let cut = 0;
    await page.route("**/api/study/reviews/batch", async (route) => {
      if (cut === 0) {
        cut += 1;
        await route.fetch();
        await route.abort("connectionreset");
      } else await route.continue();
    });
    await context.setOffline(false);
    await expect(page.getByTestId("answers-waiting")).toHaveCount(0, { timeout: 20_000 });
    expect(cut).toBe(1);
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(20);
    // A reload afterwards sends nothing again.
    await page.reload();
    await expect(page.getByTestId("outbox")).toHaveAttribute("data-settled", "true");
    expect(await expectStatesEqualLogs(userId)).toBe(20);
  });

  test("a reload before an answer reaches the server does not bring its card back, and the answer is stored once it gets through", async ({ studentPage: page }) => {
    // The beacon sent on leaving the page is lost too (on a train it often is).
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "sendBeacon", { value: () => false });
    });
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    // The server is reachable (the page loads) but the answers' endpoint fails for now.
    await page.route("**/api/study/reviews/batch", (route) => route.fulfill({ status: 503, body: "" }));
    const [first] = await answerGood(study, 1);
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^1 answer waits/);
    // The page the server renders now does not include the answer: the device's kept copy must.
    await page.reload();
    await expect(study.card).toBeVisible();
    await expect(study.card).not.toHaveAttribute("data-card-id", first!);
    expect(await expectStatesEqualLogs(userId)).toBe(0);
    // Once the endpoint answers again, a retry stores it, once, and the screen takes the server's state.
    await page.unroute("**/api/study/reviews/batch");
    await expect(page.getByTestId("answers-waiting")).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(1);
    await expect(study.card).not.toHaveAttribute("data-card-id", first!);
  });

  test("a second device answering the same card meanwhile: both answers count, in time order, and the state equals the log", async ({ studentPage: page, context, browser, account }) => {
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    const card = await study.cardId();
    await context.setOffline(true);
    // Twenty answers offline, the first of them to the card the phone answers too.
    const answered = await answerGood(study, 20);
    expect(answered[0]).toBe(card);
    expect(new Set(answered).size).toBe(20);

    // The second device (a phone, signed in as the same user) answers the same card Easy, online.
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    await phonePage.goto("/sign-in");
    await phonePage.getByLabel("E-mail").fill(account.email);
    await phonePage.getByLabel("Password").fill(account.password);
    await phonePage.getByRole("button", { name: "Sign in" }).click();
    await expect(phonePage.getByRole("heading", { name: "Your decks" })).toBeVisible();
    const phoneStudy = new StudyPage(phonePage);
    await phoneStudy.open(SEED_DECK);
    expect(await phoneStudy.cardId()).toBe(card);
    await phonePage.keyboard.press("Space");
    await phonePage.keyboard.press("4");
    await expect(phoneStudy.card).not.toHaveAttribute("data-card-id", card);
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(1);
    await phone.close();

    await context.setOffline(false);
    await expect(page.getByTestId("study-notice")).toContainText("answered elsewhere too");
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(21);
    const db = database();
    try {
      const ratings = (await db.reviewLog.findMany({ where: { userId, cardId: card }, orderBy: [...LOG_ORDER], select: { rating: true } })).map((row) => row.rating);
      // Stored after the phone's answer, whatever the laptop's clock said: the log stays in time order.
      expect(ratings).toEqual([4, 3]);
    } finally {
      await db.$disconnect();
    }
  });

  test("a deck not opened today is kept on the device while online and studies offline tomorrow", async ({ browser, account }) => {
    // Days ago, on another device: the first card answered Easy (through the answer API, so no
    // browser ever opens the deck's study page).
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, account);
    const userId = await userIdOf(otherPage);
    const db = database();
    let cardId: string;
    try {
      cardId = (await db.card.findFirstOrThrow({ where: { deck: { slug: SEED_DECK }, deletedAt: null }, orderBy: { position: "asc" }, select: { id: true } })).id;
    } finally {
      await db.$disconnect();
    }
    const answered = await otherPage.request.post("/api/study/reviews", {
      headers: { Origin: new URL(otherPage.url()).origin, "Content-Type": "application/json" },
      data: { cardId, rating: 4, idempotencyKey: `e2e-tomorrow-${userId}`, durationMs: 2000 },
    });
    expect(answered.status()).toBe(201);
    await other.close();
    const tomorrow = Date.now() + 24 * 3_600_000;
    const stateDb = database();
    try {
      const due = (await stateDb.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } }, select: { due: true } })).due;
      // Moved so the card comes due a minute before this time tomorrow: not today, tomorrow.
      await moveUserThroughTime(account.email, (due.getTime() - (tomorrow - 60_000)) / 3_600_000);
    } finally {
      await stateDb.$disconnect();
    }

    // Today, online, on this phone, the student signs in and only sees the deck list; the app
    // keeps the deck for offline use.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account);
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect
      .poll(() => page.evaluate((url) => caches.open("pages").then((cache) => cache.match(url)).then((response) => response?.status ?? 0), `/study/${SEED_DECK}`))
      .toBe(200);
    // The kept copy is today's page, and its pack carries the card due tomorrow.
    expect(await page.evaluate((url) => caches.open("pages").then((cache) => cache.match(url)).then((response) => response!.text()), `/study/${SEED_DECK}`)).toContain(cardId);

    await expect.poll(() => page.evaluate(() => caches.open("pages").then((cache) => cache.match("/")).then((response) => response?.status ?? 0))).toBe(200);

    // Tomorrow, offline: the app opens on the deck list, and the deck's Study link works.
    await context.setOffline(true);
    await page.clock.setSystemTime(new Date(tomorrow));
    const study = new StudyPage(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    await page.getByRole("link", { name: /^Study .*Central Asia plus Japan/ }).click();
    await expect(page).toHaveURL(new RegExp(`/study/${SEED_DECK}$`));
    await expect(study.card).toBeVisible();
    expect(await study.cardId(), "the review due tomorrow comes first").toBe(cardId);
    await expect(study.card.getByText("New", { exact: true })).toHaveCount(0);
    const seen = await answerGood(study, 3);
    expect(new Set(seen).size).toBe(3);
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^3 answers wait to be sent/);

    await context.setOffline(false);
    await expect(page.getByTestId("answers-waiting")).toHaveCount(0);
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(4);

    // Signing out drops the kept copies: the next person on this device does not see them offline.
    await page.clock.setSystemTime(new Date());
    await page.goto("/");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    const keptStudyPages = () =>
      page.evaluate(() => caches.open("pages").then((cache) => cache.keys()).then((keys) => keys.filter((key) => new URL(key.url).pathname.startsWith("/study/")).length));
    await expect.poll(keptStudyPages).toBe(0);
    await context.close();
  });

  test("on a shared device one student's waiting answers are never sent as another's", async ({ studentPage: page, account }) => {
    const study = new StudyPage(page);
    const first = await userIdOf(page);
    const db = database();
    let cardIds: string[];
    try {
      cardIds = (await db.card.findMany({ where: { deck: { slug: SEED_DECK }, deletedAt: null }, orderBy: { position: "asc" }, take: 2, select: { id: true } })).map((card) => card.id);
    } finally {
      await db.$disconnect();
    }
    // Two answers the first student gave offline and left waiting in this browser (a tab closed
    // before the connection came back), stored as the study screen stores them (outbox-store.ts).
    const given = new Date().toISOString();
    const waiting = cardIds.map((cardId, i) => ({ idempotencyKey: `e2e-shared-${first}-${i}`, cardId, rating: 3, durationMs: 1500, answeredAt: given, baseReps: 0, userId: first }));
    await page.evaluate(
      (answers) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open("kioku", 1);
          request.onupgradeneeded = () => request.result.createObjectStore("waiting-answers", { keyPath: "idempotencyKey" });
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const transaction = request.result.transaction("waiting-answers", "readwrite");
            for (const answer of answers) transaction.objectStore("waiting-answers").put(answer);
            transaction.oncomplete = () => {
              request.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
        }),
      waiting,
    );
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await expectStatesEqualLogs(first), "still waiting on the device").toBe(0);
    await signUp(page, newAccount("second-student"));
    await study.open();
    const second = await userIdOf(page);
    await expect(page.getByTestId("outbox")).toHaveAttribute("data-settled", "true");
    await expect(page.getByTestId("answers-waiting")).toHaveCount(0);
    expect(await expectStatesEqualLogs(second)).toBe(0);
    expect(await expectStatesEqualLogs(first)).toBe(0);

    // Back to the first student: their answers go now, under their own account.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await signIn(page, account);
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    await study.open();
    await expect.poll(() => expectStatesEqualLogs(first)).toBe(2);
    expect(await expectStatesEqualLogs(second)).toBe(0);
  });
});
