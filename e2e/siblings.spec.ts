import { expect, test } from "./fixtures";
import { StudyPage } from "./pages/study-page";
import { moveUserThroughTime } from "./support/time-travel";

test.describe("sibling cards", () => {
  test("studying one direction of a fact keeps the other away until tomorrow", async ({ studentPage: page, account }) => {
    // Two directions of one fact share a group; a third card stands alone.
    const file = "front,back,tags,group\nCapital of Japan?,Tokyo,,japan\nTokyo is the capital of?,Japan,,japan\nCapital of Mongolia?,Ulaanbaatar,,\n";
    await page.goto("/decks/import");
    await page.getByLabel("CSV or TSV file").setInputFiles({ name: "siblings.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
    await page.getByLabel("Deck title").fill("Siblings");
    await page.getByRole("button", { name: "Preview import" }).click();
    await page.getByRole("button", { name: "Import 3 cards" }).click();
    await expect(page).toHaveURL(/\/decks\/siblings-[0-9a-f]+$/);
    const slug = new URL(page.url()).pathname.split("/").pop()!;

    const study = new StudyPage(page);
    await study.open(slug);
    // Only one of the two siblings is introduced today.
    await expect(study.remaining).toHaveText("2");
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      seen.push((await study.prompt.textContent()) ?? "");
      const id = await study.cardId();
      await page.keyboard.press("Space");
      await expect(study.gradeButton("Easy")).toBeEnabled();
      await page.keyboard.press("4");
      if (i === 0) await expect(study.card).not.toHaveAttribute("data-card-id", id);
    }
    expect(seen).toEqual(["Capital of Japan?", "Capital of Mongolia?"]);
    await expect(page.getByTestId("done-for-today")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("done-for-today")).toBeVisible();
    // The end of a session started on the deck page leads back there; a class the user is not in, home.
    await page.goto(`/study/${slug}?from=deck`);
    await expect(page.getByTestId("done-for-today").getByRole("link", { name: "Back to the deck" })).toHaveAttribute("href", `/decks/${slug}`);
    await page.goto(`/study/${slug}?from=class-nosuchclass`);
    await expect(page.getByTestId("done-for-today").getByRole("link", { name: "Back to decks" })).toHaveAttribute("href", "/");

    // A day later the sibling is there.
    await moveUserThroughTime(account.email, 24);
    await page.reload();
    await expect(study.prompt).toHaveText("Tokyo is the capital of?");
  });
});
