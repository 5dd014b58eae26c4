import { expect, test } from "./fixtures";
import { SEED_DECK } from "./pages/study-page";

test("a quiz started online is finished offline and submitted when the connection returns", async ({ studentPage: page, context }) => {
  await page.goto(`/decks/${SEED_DECK}/quiz`);
  for (const label of ["True or false", "Timeline ordering", "Matching", "List recall", "Typed answer"]) {
    await page.getByRole("checkbox", { name: new RegExp(label) }).uncheck();
  }
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quizzes\/[^/]+\/attempts\/[^/]+$/);
  const question = page.getByTestId("quiz-question");
  await question.getByRole("radio").first().check();
  await expect(page.getByText("all answers saved")).toBeVisible();

  await context.setOffline(true);
  for (let i = 1; i < 3; i += 1) {
    await page.getByRole("button", { name: "Next →" }).click();
    await expect(page.getByText(new RegExp(`Question ${i + 1} of 3`))).toBeVisible();
    await question.getByRole("radio").nth(1).check();
  }
  await expect(page.getByText("saving…")).toBeVisible();
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page.getByTestId("submit-waiting")).toBeVisible();
  await expect(page).toHaveURL(/\/attempts\/[^/]+$/);

  await context.setOffline(false);
  await expect(page).toHaveURL(/\/results$/);
  const rows = page.getByTestId("result-row");
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) await expect(rows.nth(i).getByTestId("given")).not.toHaveText("(no answer)");
});
