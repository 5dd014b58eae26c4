import { expect, test } from "./fixtures";
import { QuizPage } from "./pages/quiz-page";
import { SEED_DECK } from "./pages/study-page";

const ALL_TYPES = ["multipleChoice", "trueFalse", "timeline", "matching", "listRecall", "typed"];

test.describe("quizzes", () => {
  test("a quiz of every type survives a reload and ends on a full results page", async ({ studentPage: page }) => {
    await page.goto(`/decks/${SEED_DECK}/quiz`);
    for (const label of ["Multiple choice", "True or false", "Timeline ordering", "Matching", "List recall", "Typed answer"]) {
      await expect(page.getByRole("checkbox", { name: new RegExp(label) })).toBeChecked();
    }
    await page.getByLabel("Number of questions").fill("6");
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page).toHaveURL(/\/quizzes\/[^/]+\/attempts\/[^/]+$/);

    const quiz = new QuizPage(page);
    const seen: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      seen.push(await quiz.answerCurrent());
      await quiz.next();
    }
    // A reload in the middle keeps every saved answer and the attempt itself.
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(quiz.answeredDots()).toHaveCount(3);
    await page.getByRole("button", { name: "Question 1, answered" }).click();
    await expect(quiz.question).toHaveAttribute("data-type", seen[0]!);

    await page.getByRole("button", { name: /^Question 4/ }).click();
    for (let i = 3; i < 6; i += 1) {
      seen.push(await quiz.answerCurrent());
      if (i < 5) await quiz.next();
    }
    expect([...seen].sort()).toEqual([...ALL_TYPES].sort());
    await page.getByRole("button", { name: "Submit quiz" }).click();

    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByTestId("quiz-score")).toContainText("%");
    const rows = page.getByTestId("result-row");
    await expect(rows).toHaveCount(6);
    for (let i = 0; i < 6; i += 1) {
      await expect(rows.nth(i).getByTestId("given")).not.toHaveText("(no answer)");
      await expect(rows.nth(i).getByTestId("expected")).not.toBeEmpty();
      await expect(rows.nth(i).getByRole("link", { name: "Read the source passage" })).toBeVisible();
    }
    await rows.first().getByRole("link", { name: "Read the source passage" }).click();
    await expect(page.locator("mark.cited").first()).toBeVisible();
  });

  test("a practice quiz starts in one click and its history shows a chart", async ({ studentPage: page }) => {
    await page.goto(`/decks/${SEED_DECK}/quiz`);
    await page.getByRole("button", { name: "Start a practice quiz" }).click();
    const quiz = new QuizPage(page);
    await expect(quiz.question).toBeVisible();
    await quiz.answerCurrent();
    await page.getByRole("button", { name: /^Question 10/ }).click();
    await page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(page).toHaveURL(/\/results$/);
    await page.getByRole("link", { name: "Quiz history and retake" }).click();
    await expect(page.getByTestId("score-chart")).toBeVisible();
    await expect(page.getByRole("table")).toContainText("%");
  });
});
