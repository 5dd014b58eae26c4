import { expect, type Locator, type Page } from "@playwright/test";

/** The settings page: the form, and the workload preview that a scheduling change brings up. */
export class SettingsPage {
  readonly retention: Locator;
  readonly learningSteps: Locator;
  readonly save: Locator;
  readonly preview: Locator;
  readonly summary: Locator;
  readonly apply: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.retention = page.getByLabel("Desired retention");
    this.learningSteps = page.getByLabel("Learning steps", { exact: true });
    this.save = page.getByRole("button", { name: "Save settings" });
    this.preview = page.getByTestId("workload-preview");
    this.summary = page.getByTestId("workload-summary");
    this.apply = page.getByRole("button", { name: "Apply and reschedule" });
    this.saved = page.getByTestId("settings-saved");
  }

  async open(): Promise<void> {
    await this.page.goto("/settings");
    await expect(this.page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
  }

  /** The two numbers of "Reviews due in the next 30 days: 412 → 530 (+118)." */
  async workloadChange(): Promise<{ before: number; after: number }> {
    const text = (await this.summary.textContent()) ?? "";
    const match = /: (\d+) → (\d+)/.exec(text);
    if (!match) throw new Error(`Unexpected workload summary: ${text}`);
    return { before: Number(match[1]), after: Number(match[2]) };
  }
}
