import { expect, test } from "./fixtures";
import { StudyPage } from "./pages/study-page";

test("two tabs on one card: both answers count in time order, the second tab is told and takes the server's state", async ({ studentPage: page }) => {
  const tabA = new StudyPage(page);
  const tabB = new StudyPage(await page.context().newPage());
  await tabA.open();
  await tabB.open();
  const card = await tabA.cardId();
  expect(await tabB.cardId()).toBe(card);

  // Tab A's answer is graded on screen at once and sent in the background: wait until the server
  // has stored it, so tab B's really comes second (on a loaded machine it could overtake it).
  const storedA = tabA.page.waitForResponse((response) => response.url().endsWith("/api/study/reviews/batch") && response.ok());
  await tabA.page.keyboard.press("Space");
  await tabA.page.keyboard.press("3");
  await expect(tabA.card).not.toHaveAttribute("data-card-id", card);
  await storedA;

  await tabB.page.keyboard.press("Space");
  await tabB.page.keyboard.press("1");
  // Answers are graded on the device and go on top of whatever the server holds (issue 16): tab
  // B's Again is stored after tab A's Good, and tab B is told and refreshed.
  await expect(tabB.page.getByTestId("study-notice")).toContainText("answered elsewhere too");
  // Tab B now shows the fresh state: the card has left the queue (its step has not come).
  await expect(tabB.card).not.toHaveAttribute("data-card-id", card);
  await expect(tabB.remaining).toHaveText(await tabA.remaining.textContent() ?? "");
});
