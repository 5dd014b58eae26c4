import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const ARTICLE = `The Harbour Bridge opened on 19 March 1932. It was designed by the engineer John Bradfield, who oversaw the project for the New South Wales government.
Construction began in July 1923 and took eight years.
The bridge carries three kinds of traffic: road vehicles, trains, and pedestrians.`;

test.describe("making a deck from an article", () => {
  test("paste text, review and edit the cards, publish", async ({ studentPage: page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "New deck from an article" }).click();
    await page.getByLabel("Title").fill("Harbour Bridge");
    await page.getByLabel("Article text").fill(ARTICLE);
    await page.getByRole("button", { name: "Generate cards" }).click();

    const cards = page.getByTestId("preview-card");
    await expect(cards.first()).toBeVisible();
    const generated = await cards.count();
    expect(generated).toBeGreaterThan(1);
    await expect(cards.filter({ hasText: "19 March 1932" }).first()).toBeVisible();
    // Each card says how sure the generator is; none of this article's is doubtful, so all start ticked.
    await expect(cards.first()).toContainText(/confidence \d+ %/);
    await expect(page.getByTestId("card-doubt")).toHaveCount(0);

    // Drop the first card, fix the wording of the second, and add one of our own.
    await cards.nth(0).getByRole("button", { name: "Drop this card" }).click();
    await cards.nth(1).getByLabel("Answer").fill("Edited answer");
    await page.getByLabel("Question", { exact: true }).last().fill("Which city is the bridge in?");
    await page.getByLabel("Answer", { exact: true }).last().fill("Sydney");
    await page.getByRole("button", { name: "Add card" }).click();
    await expect(page.getByTestId("preview-summary")).toContainText(`${generated} of ${generated + 1} cards kept`);

    await page.getByRole("button", { name: /Publish deck/ }).click();
    await expect(page).toHaveURL(/\/decks\/harbour-bridge-[0-9a-f]{8}$/);
    await expect(page.getByRole("heading", { name: "Harbour Bridge" })).toBeVisible();
    const list = page.getByRole("list", { name: `${generated} cards` });
    await expect(list).toBeVisible();
    await expect(list).toContainText("Edited answer");
    await expect(list).toContainText("Which city is the bridge in?");

    await page.goto("/");
    await expect(page.getByRole("link", { name: "Harbour Bridge", exact: true })).toBeVisible();
  });

  test("empty, binary and fact-free input get a clear message and create nothing", async ({ studentPage: page }, testInfo) => {
    await page.goto("/decks/new");
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/The article is empty/);

    const binary = testInfo.outputPath("scan.txt");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    await page.getByLabel("…or upload a file").setInputFiles(binary);
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/does not look like text/);

    const large = testInfo.outputPath("large.txt");
    writeFileSync(large, "Lorem ipsum dolor sit amet. ".repeat(40_000));
    await page.getByLabel("…or upload a file").setInputFiles(large);
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/larger than 1 MB/);

    await page.getByLabel("…or upload a file").setInputFiles([]);
    await page.getByLabel("Article text").fill("hello there, this is just some words without anything to learn");
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(/No facts were found/);

    await page.goto("/");
    await expect(page.getByRole("list", { name: "Decks" }).getByRole("listitem")).toHaveCount(1);
  });

  test("uploading the seed article as a file gives a preview", async ({ studentPage: page }) => {
    await page.goto("/decks/new");
    const file = path.join(process.cwd(), "content", "central-asia-plus-japan.md");
    expect(readFileSync(file, "utf8")).toContain("published: 2012-11-28");
    await page.getByLabel("…or upload a file").setInputFiles(file);
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByLabel("Deck title")).toHaveValue(/Central Asia plus Japan/);
    await expect(page.getByTestId("preview-card").filter({ hasText: "Tashkent" }).first()).toBeVisible();
  });
});
