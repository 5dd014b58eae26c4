import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEFAULT_SCHEDULING_SETTINGS, replayState, schedulerSettingsOf } from "@/core/scheduling";
import { LOG_ORDER } from "@/features/card-state/log";
import { historyFromRows, memoryFromRow } from "@/core/scheduling";
import { createDatabaseClient } from "@/lib/db";
import { expect, test } from "./fixtures";
import { SEED_DECK, StudyPage } from "./pages/study-page";

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
    await page.waitForTimeout(500);
    expect(await expectStatesEqualLogs(userId)).toBe(20);
  });

  test("a connection that drops mid-sync loses nothing and stores nothing twice", async ({ studentPage: page, context }) => {
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    await context.setOffline(true);
    await answerGood(study, 5);
    await expect(page.getByTestId("answers-waiting")).toHaveText(/^5 answers wait/);
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
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(5);
  });

  test("a second device answering the same card meanwhile: both answers count, in time order, and the state equals the log", async ({ studentPage: page, context, browser, account }) => {
    const study = new StudyPage(page);
    await study.open();
    const userId = await userIdOf(page);
    const card = await study.cardId();
    await context.setOffline(true);
    await page.keyboard.press("Space");
    await page.keyboard.press("1");
    await expect(study.card).not.toHaveAttribute("data-card-id", card);

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
    await expect.poll(() => expectStatesEqualLogs(userId)).toBe(2);
    const db = database();
    try {
      const ratings = (await db.reviewLog.findMany({ where: { userId, cardId: card }, orderBy: [...LOG_ORDER], select: { rating: true } })).map((row) => row.rating);
      // Stored after the phone's answer, whatever the laptop's clock said: the log stays in time order.
      expect(ratings).toEqual([4, 1]);
    } finally {
      await db.$disconnect();
    }
  });
});
