import { expect, test } from "./fixtures";
import { StudyPage } from "./pages/study-page";

test("two tabs on one card: the first answer wins, the second is told and moves on", async ({ studentPage: page }) => {
  const tabA = new StudyPage(page);
  const tabB = new StudyPage(await page.context().newPage());
  await tabA.open();
  await tabB.open();
  const card = await tabA.cardId();
  expect(await tabB.cardId()).toBe(card);

  await tabA.page.keyboard.press("Space");
  await tabA.page.keyboard.press("3");
  await expect(tabA.card).not.toHaveAttribute("data-card-id", card);

  await tabB.page.keyboard.press("Space");
  await tabB.page.keyboard.press("1");
  await expect(tabB.page.getByRole("main").getByRole("alert")).toContainText("answered elsewhere");
  // Tab B now shows the fresh state: the card answered Good in tab A has left the queue.
  await expect(tabB.card).not.toHaveAttribute("data-card-id", card);
  await expect(tabB.remaining).toHaveText(await tabA.remaining.textContent() ?? "");
});
