import { expect, type Locator, type Page } from "@playwright/test";

export const SEED_DECK = "central-asia-plus-japan";

/** The study screen as a student meets it. */
export class StudyPage {
  readonly card: Locator;
  readonly prompt: Locator;
  readonly remaining: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId("flashcard");
    this.prompt = page.locator("#card-prompt");
    this.remaining = page.getByTestId("study-remaining");
  }

  async open(deckSlug = SEED_DECK): Promise<void> {
    await this.page.goto(`/study/${deckSlug}`);
    await expect(this.card).toBeVisible();
  }

  gradeButton(name: "Again" | "Hard" | "Good" | "Easy"): Locator {
    return this.page.getByRole("group", { name: "How well did you remember?" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  async cardId(): Promise<string> {
    return (await this.card.getAttribute("data-card-id")) ?? "";
  }

  async remainingCount(): Promise<number> {
    return Number(await this.remaining.textContent());
  }
}
