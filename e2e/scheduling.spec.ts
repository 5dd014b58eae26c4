import { expect, test } from "./fixtures";
import { CardInfoPage } from "./pages/card-info-page";
import { SettingsPage } from "./pages/settings-page";
import { SEED_DECK, StudyPage } from "./pages/study-page";

/** Answers the next `count` cards Easy, so they become review cards with multi-day intervals. */
async function answerEasy(study: StudyPage, count: number): Promise<string[]> {
  const answered: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = await study.cardId();
    answered.push(id);
    await study.page.keyboard.press("Space");
    // The buttons stay disabled (and keys are ignored) until the previous answer has fully settled.
    await expect(study.gradeButton("Easy")).toBeEnabled();
    await study.page.keyboard.press("4");
    await expect(study.card).not.toHaveAttribute("data-card-id", id);
  }
  return answered;
}

test.describe("scheduling you can see", () => {
  test("changing retention previews the workload, then reschedules on confirmation", async ({ studentPage: page }) => {
    const study = new StudyPage(page);
    await study.open();
    await answerEasy(study, 3);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    const settings = new SettingsPage(page);
    await expect(settings.retention).toHaveValue("0.90");

    // Bad input is refused with a message and saves nothing.
    await settings.retention.fill("0.5");
    await settings.learningSteps.fill("1.5m");
    await settings.retention.evaluate((input: HTMLInputElement) => input.removeAttribute("min"));
    await settings.save.click();
    await expect(page.getByText("Desired retention must be between 0.70 and 0.99.")).toBeVisible();
    await expect(page.getByText("“1.5m” is not a step")).toBeVisible();

    await settings.learningSteps.fill("1m 10m");
    await settings.retention.fill("0.97");
    await settings.save.click();
    await expect(settings.preview).toBeVisible();
    await expect(settings.summary).toContainText("Reviews due in the next 30 days:");
    const { before, after } = await settings.workloadChange();
    expect(after).toBeGreaterThan(before);
    await expect(settings.preview).toContainText("3 cards get a new schedule");

    await settings.apply.click();
    await expect(settings.saved).toHaveText("Settings saved; 3 cards were rescheduled from their history.");
    await settings.open();
    await expect(settings.retention).toHaveValue("0.97");

    // Cancelling a preview keeps the old settings.
    await settings.retention.fill("0.80");
    await settings.save.click();
    await expect(settings.preview).toBeVisible();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(settings.preview).toBeHidden();
    await settings.open();
    await expect(settings.retention).toHaveValue("0.97");
  });

  test("a deck's own daily limit overrides the general one", async ({ studentPage: page }) => {
    await page.goto(`/decks/${SEED_DECK}`);
    await page.getByRole("link", { name: "Deck settings" }).click();
    await expect(page.getByLabel("New cards per day")).toHaveAttribute("placeholder", "20");
    await page.getByLabel("New cards per day").fill("5");
    await page.getByRole("button", { name: "Save deck settings" }).click();
    // A daily limit does not change any card's schedule: saved at once, no preview.
    await expect(page.getByTestId("settings-saved")).toHaveText("Settings saved.");
    await page.goto("/");
    await expect(page.getByTestId(`deck-${SEED_DECK}`).getByTestId("count-new")).toHaveText("5");
  });

  test("Ctrl+Z on the study screen takes the last answer back", async ({ studentPage: page }) => {
    const study = new StudyPage(page);
    await study.open();
    const first = await study.cardId();
    const remaining = await study.remainingCount();

    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect(study.card).not.toHaveAttribute("data-card-id", first);
    await expect(study.remaining).toHaveText(String(remaining - 1));

    await expect(page.getByRole("button", { name: /^Undo/ })).toBeEnabled();
    await page.keyboard.press("Control+z");
    await expect(study.card).toHaveAttribute("data-card-id", first);
    await expect(study.remaining).toHaveText(String(remaining));
    await expect(page.getByTestId("study-notice")).toHaveText("Undid your Good. The card is back as it was.");
    await expect(page.getByRole("progressbar", { name: "Session progress" })).toHaveAttribute("aria-valuenow", "0");

    // The undone answer is gone from the server too: a reload shows the same card and count.
    await page.reload();
    await expect(study.card).toHaveAttribute("data-card-id", first);
    await expect(study.remaining).toHaveText(String(remaining));

    await expect(page.getByRole("button", { name: /^Undo/ })).toBeEnabled();
    await page.keyboard.press("Control+z");
    await expect(page.getByRole("alert").filter({ hasText: "There is nothing to undo" })).toBeVisible();
  });

  test("the card info page explains the due date and draws the forgetting curve", async ({ studentPage: page }) => {
    const study = new StudyPage(page);
    await study.open();
    const [cardId] = await answerEasy(study, 1);

    // From the deck's card list.
    await page.goto(`/decks/${SEED_DECK}`);
    await page.locator(`a[href="/cards/${cardId}"]`).click();
    const info = new CardInfoPage(page);
    await expect(info.whyDue).toHaveText(/^It is due .+ because after your Easy on .+ its memory stability is [\d.]+ days, and at your 90% desired retention FSRS waits \d+ days before asking again\.$/);
    await expect(info.fact("Stability")).toHaveText(/^[\d.]+ days$/);
    await expect(info.fact("Retrievability now")).toHaveText("100%");
    await expect(info.fact("Reviews")).toHaveText("1");
    await expect(info.history.getByRole("row")).toHaveCount(2);
    await expect(info.history).toContainText("Easy");

    await expect(info.chartLine).toBeVisible();
    expect(await info.chart.locator(".recharts-reference-line").count()).toBe(3);
    await expect(info.chart).toHaveAttribute("aria-label", /^Forgetting curve: the chance of recalling this card was 100% right after the last review/);
    await expect(info.curveDescription).toContainText("your desired retention is 90%");

    // Suspending from here takes it out of studying, and says so.
    await page.getByRole("button", { name: "Suspend" }).click();
    await expect(info.whyDue).toHaveText("This card is suspended, so it never comes due until you unsuspend it.");
    await page.getByRole("button", { name: "Unsuspend" }).click();
    await expect(info.whyDue).toHaveText(/^It is due /);
  });

  test("the study screen links to the card info page @phone", async ({ studentPage: page }) => {
    const study = new StudyPage(page);
    await study.open();
    const cardId = await study.cardId();
    await page.getByRole("link", { name: "Card info" }).click();
    await expect(page).toHaveURL(new RegExp(`/cards/${cardId}$`));
    await expect(new CardInfoPage(page).whyDue).toHaveText(/^This card is new/);
  });
});
