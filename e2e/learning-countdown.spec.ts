import { expect, test } from "./fixtures";
import { SettingsPage } from "./pages/settings-page";
import { StudyPage } from "./pages/study-page";

test.describe("learning cards come back by themselves", () => {
  test("with only a learning card left the screen counts down and shows it when due, without a reload", async ({ studentPage: page }) => {
    // A real one-minute learning step (the smallest there is), so the server agrees the card is due.
    test.setTimeout(150_000);
    const settings = new SettingsPage(page);
    await settings.open();
    await page.getByLabel("New cards per day").fill("1");
    await settings.save.click();
    await expect(settings.saved.or(settings.preview)).toBeVisible();
    if (await settings.preview.isVisible()) await settings.apply.click();
    await expect(settings.saved).toBeVisible();

    const study = new StudyPage(page);
    await study.open();
    const cardId = await study.cardId();
    await expect(study.remaining).toHaveText("1");
    await page.keyboard.press("Space");
    await expect(study.gradeButton("Again")).toContainText("1m");
    await page.keyboard.press("1");

    // Not "done for today": the learning card is due in a minute, and the screen says so.
    const countdown = page.getByTestId("learning-countdown");
    await expect(countdown).toBeVisible();
    await expect(page.getByTestId("done-for-today")).toHaveCount(0);
    await expect(page.getByTestId("next-card-in")).toHaveText(/^(1:00|0:[0-5]\d)$/);
    const first = (await page.getByTestId("next-card-in").textContent()) ?? "";
    await expect(page.getByTestId("next-card-in")).not.toHaveText(first);

    const navigations: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    await expect(study.card).toBeVisible({ timeout: 90_000 });
    expect(await study.cardId()).toBe(cardId);
    expect(navigations, "no reload").toEqual([]);
    await expect(countdown).toHaveCount(0);
  });
});
