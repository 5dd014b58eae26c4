import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Key press to next card on screen, in Chromium: the study page of a signed-in user, answering
 * Good with the "3" key, timed inside the page from the key event to the first frame painted
 * after the card's id changed. Answers are graded on the device (features/study/local-study.ts),
 * so no request is on this path; the batch to the server goes afterwards.
 */
export async function measureKeyToNextCard(baseUrl: string, cookie: string, deckSlug: string, answers: number): Promise<number[]> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const context = await browser.newContext();
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/study/${deckSlug}`);
    await page.getByTestId("flashcard").waitFor();
    await page.waitForTimeout(500); // hydration and the first pack
    // A string, not a function: tsx's transform would add helpers the page does not have.
    const script = `(async (count) => {${IN_PAGE}})(${answers})`;
    return (await page.evaluate(script)) as number[];
  } finally {
    await browser.close();
  }
}

/** Runs in the page: reveal, press "3", wait for the card id to change and the next frame. */
const IN_PAGE = `
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const press = (key) => window.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
      const times = [];
      for (let i = 0; i < count; i += 1) {
        const card = document.querySelector("[data-testid=flashcard]");
        if (!card) break;
        const id = card.getAttribute("data-card-id");
        press(" ");
        await frame();
        await frame();
        const changed = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (document.querySelector("[data-testid=flashcard]")?.getAttribute("data-card-id") !== id) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-card-id"] });
        });
        const start = performance.now();
        press("3");
        await changed;
        await frame(); // the next card painted
        times.push(performance.now() - start);
      }
      return times;
`;
