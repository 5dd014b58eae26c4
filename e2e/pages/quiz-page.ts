import { expect, type Locator, type Page } from "@playwright/test";

/** The quiz screen: one question at a time, answers saved as you go. */
export class QuizPage {
  readonly question: Locator;

  constructor(readonly page: Page) {
    this.question = page.getByTestId("quiz-question");
  }

  async type(): Promise<string> {
    return (await this.question.getAttribute("data-type")) ?? "";
  }

  /** Answers the current question in the way its type asks for, using the keyboard where that is the point. */
  async answerCurrent(): Promise<string> {
    const type = await this.type();
    switch (type) {
      case "multipleChoice":
      case "trueFalse":
        await this.page.keyboard.press("1");
        await expect(this.question.getByRole("radio").first()).toBeChecked();
        break;
      case "timeline": {
        const first = this.question.getByTestId("timeline-item").first();
        const label = (await first.locator(".timeline-label").textContent()) ?? "";
        await first.focus();
        await this.page.keyboard.press("Alt+ArrowDown");
        await expect(this.question.getByTestId("timeline-item").nth(1)).toContainText(label);
        break;
      }
      case "matching": {
        const selects = this.question.getByRole("combobox");
        for (let i = 0; i < (await selects.count()); i += 1) await selects.nth(i).selectOption({ index: 1 });
        break;
      }
      case "listRecall":
        await this.question.getByLabel("Item 1").fill("business promotion");
        await this.question.getByLabel("Item 1").blur();
        break;
      case "typed":
        await this.question.getByLabel("Your answer").fill("26 August 2004");
        await this.question.getByLabel("Your answer").blur();
        break;
      default:
        throw new Error(`unknown question type ${type}`);
    }
    await expect(this.page.getByText("all answers saved")).toBeVisible();
    return type;
  }

  async next(): Promise<void> {
    await this.page.getByRole("button", { name: "Next →" }).click();
  }

  answeredDots(): Locator {
    return this.page.getByRole("list", { name: "Jump to a question" }).getByRole("button", { name: /answered/ });
  }
}
