import { expect, test } from "./fixtures";

test.describe("importing cards from a file", () => {
  test("a bad row is reported with its number and nothing is saved; a good file becomes a deck", async ({ studentPage: page }) => {
    await page.getByRole("link", { name: "Import cards (CSV)" }).click();
    await expect(page.getByRole("heading", { name: "Import cards from a file" })).toBeVisible();

    const bad = "front,back,tags\nCapital of Japan,Tokyo,geo\nonly a front\n";
    await page.getByLabel("CSV or TSV file").setInputFiles({ name: "capitals.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByTestId("import-errors")).toHaveText("Row 3 has only one column; it needs a front and a back.");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

    await page.getByRole("link", { name: "Choose another file" }).click();
    const good = 'front\tback\ttags\nCapital of Japan\tTokyo\tgeo asia\n"Two lines"\t"first\nsecond"\t\n';
    await page.getByLabel("CSV or TSV file").setInputFiles({ name: "capitals.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from(good) });
    await page.getByLabel("Deck title").fill("Capitals");
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("2 cards ready");
    await expect(page.getByTestId("import-preview").getByRole("table")).toContainText("geo asia");
    await page.getByRole("button", { name: "Import 2 cards" }).click();

    await expect(page).toHaveURL(/\/decks\/capitals-[0-9a-f]+$/);
    await expect(page.getByText("Tokyo")).toBeVisible();
    // The imported tags show on the deck's card list.
    const tokyo = page.getByRole("listitem").filter({ hasText: "Capital of Japan" });
    await expect(tokyo.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText(["geo", "asia"]);
  });
});
