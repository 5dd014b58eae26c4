import { expect, test } from "./fixtures";
import { StudyPage } from "./pages/study-page";

test.describe("statistics", () => {
  test("a student studies a few cards and sees them in the charts and numbers", async ({ studentPage: page, playwright, baseURL }) => {
    const study = new StudyPage(page);
    await study.open();
    // Good, Good, Easy: two cards in learning, one straight into review.
    for (const key of ["3", "3", "4"]) {
      const before = await study.cardId();
      // Space again until the answer shows: the first press may land before the page has hydrated.
      await expect(async () => {
        await page.keyboard.press("Space");
        await expect(page.getByTestId("card-answer")).toBeVisible({ timeout: 1000 });
      }).toPass();
      await page.keyboard.press(key);
      await expect(study.card).not.toHaveAttribute("data-card-id", before);
    }
    // Answers are graded on screen and sent in the background: the statistics page counts what the
    // server holds when it is drawn, so go there once none waits (under load the last ones could still be on their way).
    await expect(page.getByTestId("outbox")).toHaveAttribute("data-waiting", "0");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).click();
    await expect(page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
    await expect(page.getByTestId("stat-reviews-today")).toHaveText("3");
    await expect(page.getByTestId("stat-reviews-year")).toHaveText("3");
    await expect(page.getByTestId("stat-streak")).toHaveText("1 d");

    const heatmap = page.getByRole("figure", { name: "Reviews per day" });
    await expect(heatmap.getByTestId("review-heatmap-summary")).toContainText("3 reviews on 1 day");
    await expect(heatmap.locator("rect[data-count='3']")).toHaveCount(1);

    // Recharts draws the bar charts in the browser; each has its numbers as a table too.
    const forecast = page.getByRole("figure", { name: "Due in the next 30 days" });
    await expect(forecast.locator(".recharts-surface")).toBeVisible();
    await expect(forecast.getByTestId("due-forecast-summary")).toContainText("due in the next 30 days");
    const states = page.getByRole("figure", { name: "Card states" });
    await expect(states.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await states.getByText("Show as a table").click();
    const stateTable = states.getByRole("table", { name: "Cards by state" });
    await expect(stateTable.getByRole("row", { name: /^Learning/ })).toContainText("2");
    await expect(stateTable.getByRole("row", { name: /^Review/ })).toContainText("1");
    await expect(page.getByRole("figure", { name: "Review intervals" }).getByTestId("intervals-summary")).toContainText("1 card in review");

    // No card was answered in its review phase yet: true retention has nothing to measure.
    const retention = page.getByTestId("true-retention");
    await expect(retention.getByRole("row", { name: /^Today/ })).toContainText("–");

    // History out: the caller's three answers in the FSRS optimizer's format, and nobody else's.
    const csv = await (await page.request.get("/api/review-log/export")).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
    expect(lines.slice(1).map((line) => line.split(",")[2])).toEqual(["3", "3", "4"]);
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/review-log/export")).status()).toBe(401);
    await anonymous.dispose();
  });

  test("the optimizer says how many more reviews it needs", async ({ studentPage: page }) => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Optimize" }).click();
    await expect(page.getByTestId("optimizer-too-few")).toHaveText(/^You have 0 reviews; the optimizer needs at least 400\./);
    await expect(page.getByTestId("parameters-in-use")).toContainText("FSRS's defaults");
  });

  test("the statistics page reads on a phone @phone", async ({ studentPage: page }) => {
    await page.goto("/stats");
    await expect(page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Reviews per day" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
