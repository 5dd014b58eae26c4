import { expect, type Page } from "@playwright/test";

/** The instructor's side of a class. */
export class InstructorClassPage {
  constructor(readonly page: Page) {}

  async create(name: string): Promise<{ classId: string; joinCode: string }> {
    await this.page.goto("/classes");
    await this.page.getByLabel("New class name").fill(name);
    await this.page.getByRole("button", { name: "Create class" }).click();
    await expect(this.page.getByRole("heading", { name, level: 1 })).toBeVisible();
    const classId = this.page.url().split("/classes/")[1]!;
    const joinCode = (await this.page.getByTestId("join-code").textContent()) ?? "";
    return { classId, joinCode };
  }

  async assignDeck(deckTitle: RegExp, due: string): Promise<void> {
    const form = this.page.getByRole("form", { name: "Assign a deck" });
    await form.getByLabel("Deck").selectOption({ label: await this.optionLabel(form.getByLabel("Deck"), deckTitle) });
    await form.getByLabel("Due", { exact: true }).fill(due);
    await form.getByRole("button", { name: "Assign deck" }).click();
    await expect(form.getByRole("status")).toHaveText("Deck assigned.");
  }

  /** Assigns a quiz and returns the confirmation, which says how many questions the quiz got. */
  async assignQuiz(deckTitle: RegExp, due: string, count: number): Promise<string> {
    const form = this.page.getByRole("form", { name: "Assign a quiz" });
    await form.getByLabel("Deck").selectOption({ label: await this.optionLabel(form.getByLabel("Deck"), deckTitle) });
    await form.getByLabel("Due", { exact: true }).fill(due);
    await form.getByLabel("Questions", { exact: true }).fill(String(count));
    await form.getByRole("button", { name: "Assign quiz" }).click();
    // The form also has a status line for what the deck can give; the confirmation is the other one.
    const done = form.getByRole("status").filter({ hasText: /^Quiz assigned/ });
    await expect(done).toHaveText(/^Quiz assigned with \d+ questions?[,.]/);
    return (await done.textContent()) ?? "";
  }

  private async optionLabel(select: ReturnType<Page["getByLabel"]>, pattern: RegExp): Promise<string> {
    const labels = await select.locator("option").allTextContents();
    const label = labels.find((text) => pattern.test(text));
    if (!label) throw new Error(`no deck matching ${pattern}`);
    return label;
  }
}
