import { expect, test } from "./fixtures";
import { SettingsPage } from "./pages/settings-page";

test.describe("choosing a workload", () => {
  test("the settings page simulates a year for desired retention 70-99 % as a chart and a table", async ({ studentPage: page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto("/settings");
    const chart = page.getByTestId("workload-chart");
    await expect(chart.getByText("Simulated 70 % to 99 %.")).toBeVisible({ timeout: 60_000 });
    await expect(chart.locator(".recharts-line")).toHaveCount(2);
    await chart.getByText("The numbers").click();
    const rows = chart.getByRole("table").locator("tbody tr");
    await expect(rows).toHaveCount(30);
    await expect(rows.first().locator("td").first()).toHaveText("70 %");
    await expect(chart.getByRole("table")).toContainText("90 % (yours)");
    // Minutes a day grow with retention.
    const minutes = async (index: number) => Number(await rows.nth(index).locator("td").nth(1).textContent());
    expect(await minutes(29)).toBeGreaterThan(await minutes(0));
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("workload-1280x860.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    await chart.getByRole("heading", { name: "Choose your workload" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("workload-390x844.png") });
  });
});

test.describe("easy days and sibling settings", () => {
  test("are saved from the settings form and shown again", async ({ studentPage: page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const settings = new SettingsPage(page);
    await settings.open();
    await page.getByLabel("Easy day: Saturday").selectOption("reduced");
    await page.getByLabel("Easy day: Sunday").selectOption("minimum");
    await page.getByLabel("Keep sibling cards apart").uncheck();
    await page.getByLabel("Suspend leeches").check();
    await page.getByRole("group", { name: "Easy days" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath("settings-easy-days-390x844.png") });
    await settings.save.click();
    await expect(settings.saved).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Easy day: Saturday")).toHaveValue("reduced");
    await expect(page.getByLabel("Easy day: Sunday")).toHaveValue("minimum");
    await expect(page.getByLabel("Easy day: Monday")).toHaveValue("normal");
    await expect(page.getByLabel("Keep sibling cards apart")).not.toBeChecked();
    await expect(page.getByLabel("Suspend leeches")).toBeChecked();
  });
});
