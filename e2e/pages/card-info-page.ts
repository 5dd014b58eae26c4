import { expect, type Locator, type Page } from "@playwright/test";

/** A card's info page: why it is due, its memory, its forgetting curve and its history. */
export class CardInfoPage {
  readonly whyDue: Locator;
  readonly facts: Locator;
  readonly chart: Locator;
  readonly chartLine: Locator;
  readonly curveDescription: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.whyDue = page.getByTestId("why-due");
    this.facts = page.getByTestId("card-facts");
    this.chart = page.getByTestId("forgetting-curve");
    this.chartLine = this.chart.locator("path.recharts-line-curve");
    this.curveDescription = page.getByTestId("curve-description");
    this.history = page.getByTestId("review-history");
  }

  async open(cardId: string): Promise<void> {
    await this.page.goto(`/cards/${cardId}`);
    await expect(this.whyDue).toBeVisible();
  }

  fact(name: string): Locator {
    return this.facts.locator("div").filter({ has: this.page.getByText(name, { exact: true }) }).locator("dd");
  }
}
