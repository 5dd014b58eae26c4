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

test.describe("quiz inputs", () => {
  test("timeline items can be reordered by dragging", async ({ studentPage: page }) => {
    await page.goto(`/decks/${SEED_DECK}/quiz`);
    for (const label of ["Multiple choice", "True or false", "Matching", "List recall", "Typed answer"]) {
      await page.getByRole("checkbox", { name: new RegExp(label) }).uncheck();
    }
    await page.getByLabel("Number of questions").fill("1");
    await page.getByRole("button", { name: "Start quiz" }).click();
    const items = page.getByTestId("timeline-item");
    await expect(items.first()).toBeVisible();
    const firstLabel = (await items.first().locator(".timeline-label").textContent()) ?? "";
    // The drag events a browser fires, with one shared DataTransfer: deterministic where
    // mouse-driven native drag-and-drop is timing-sensitive on a loaded machine.
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
    await items.first().dispatchEvent("dragstart", { dataTransfer });
    await items.last().dispatchEvent("dragover", { dataTransfer });
    await items.last().dispatchEvent("drop", { dataTransfer });
    await items.first().dispatchEvent("dragend", { dataTransfer });
    await expect(items.last()).toContainText(firstLabel);
    await expect(page.getByText("all answers saved")).toBeVisible();
  });

  test("a quiz can be taken on a phone by touch @phone", async ({ studentPage: page }) => {
    await page.goto(`/decks/${SEED_DECK}/quiz`);
    await page.getByRole("button", { name: "Start a practice quiz" }).tap();
    const question = page.getByTestId("quiz-question");
    await expect(question).toBeVisible();
    const type = await question.getAttribute("data-type");
    if (type === "multipleChoice" || type === "trueFalse") await question.getByRole("radio").first().tap();
    else if (type === "typed") await question.getByLabel("Your answer").fill("2004");
    else if (type === "listRecall") await question.getByLabel("Item 1").fill("business promotion");
    else if (type === "matching") await question.getByRole("combobox").first().selectOption({ index: 1 });
    else await question.getByRole("button", { name: /later$/ }).first().tap();
    await page.getByRole("button", { name: "Next →" }).tap();
    await expect(page.getByText(/Question 2 of 10/)).toBeVisible();
    // Nothing on the page is wider than the phone's screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
