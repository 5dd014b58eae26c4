import type { Locator, Page } from "@playwright/test";
import { expect, newAccount, signUp, test } from "./fixtures";
import { InstructorClassPage } from "./pages/class-page";
import { SEED_DECK, StudyPage } from "./pages/study-page";

/** Issue 16: at common phone sizes the study card and its answers fit one screen, and no page is wider than the phone. */
const PHONES = [
  { name: "390x844", viewport: { width: 390, height: 844 } },
  { name: "360x740", viewport: { width: 360, height: 740 } },
];

/** KIOKU_SCREENSHOTS=dir saves what the phone shows, for a person to look at. */
async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.KIOKU_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()!.width}.png` });
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectInsideViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  expect(box, `${what} has a box`).not.toBeNull();
  expect(box!.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
  expect(box!.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(size.height + 0.5);
}

for (const phone of PHONES) {
  test.describe(`phone ${phone.name}`, () => {
    test.use({ viewport: phone.viewport });

    test(`after reveal the prompt, the answer and all four rating buttons are on one screen @phone`, async ({ studentPage: page }) => {
      const study = new StudyPage(page);
      await study.open();
      // The header is one line with a menu, not seven links.
      await expect(page.getByRole("button", { name: "Menu" })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" })).toBeHidden();
      // No keyboard hints on a touch-only screen.
      await expect(page.getByText(/Keys: Space shows the answer/)).toBeHidden();
      await expect(page.getByRole("button", { name: /Show answer/ }).locator("kbd")).toBeHidden();
      for (let i = 0; i < 5; i += 1) {
        const cardId = await study.cardId();
        await page.getByRole("button", { name: /Show answer/ }).tap();
        await expect(page.getByTestId("card-answer")).toBeVisible();
        expect(await page.evaluate(() => window.scrollY), "no scroll needed").toBe(0);
        await expectInsideViewport(page, study.prompt, "prompt");
        await expectInsideViewport(page, page.getByTestId("card-answer"), "answer");
        for (const name of ["Again", "Hard", "Good", "Easy"] as const) {
          await expect(study.gradeButton(name)).toContainText(/\d+(m|h|d|mo|y)/);
          await expectInsideViewport(page, study.gradeButton(name), name);
        }
        // In thumb reach: the ratings sit in the bottom fifth of the screen.
        const good = (await study.gradeButton("Good").boundingBox())!;
        expect(good.y, "Good is at the bottom").toBeGreaterThan(phone.viewport.height * 0.8);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        if (i === 0) await snap(page, "study-revealed");
        await study.gradeButton("Good").tap();
        await expect(study.card).not.toHaveAttribute("data-card-id", cardId);
      }
      await page.getByRole("button", { name: "Menu" }).tap();
      await snap(page, "menu-open");
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statistics" }).tap();
      await expect(page.getByRole("heading", { name: "Statistics", level: 1 })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toBeHidden();
      await expect(page.getByRole("figure", { name: "Reviews per day" })).toBeVisible();
      expect(await horizontalOverflow(page), "stats page").toBeLessThanOrEqual(0);
      // Every chart's table, opened: each scrolls inside its own box, the page stays as wide as the phone.
      const tables = page.getByText("Show as a table");
      for (let t = 0; t < (await tables.count()); t += 1) await tables.nth(t).tap();
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await horizontalOverflow(page), "stats page with its tables open").toBeLessThanOrEqual(0);
      await snap(page, "stats-tables");
    });

    test(`every quiz question type answers by touch without widening the page @phone`, async ({ studentPage: page }) => {
      await page.goto(`/decks/${SEED_DECK}/quiz`);
      expect(await horizontalOverflow(page), "quiz builder").toBeLessThanOrEqual(0);
      await page.getByLabel("Number of questions").fill("6");
      await page.getByRole("button", { name: "Start quiz" }).tap();
      const question = page.getByTestId("quiz-question");
      const seen = new Set<string>();
      for (let i = 0; i < 6; i += 1) {
        await expect(page.getByText(new RegExp(`Question ${i + 1} of 6`))).toBeVisible();
        const type = (await question.getAttribute("data-type")) ?? "";
        seen.add(type);
        expect(await horizontalOverflow(page), `${type} question`).toBeLessThanOrEqual(0);
        // No keyboard hints on a touch-only screen, for any question type.
        await expect(page.getByText(/Keys: 1-4 choose/)).toBeHidden();
        await expect(page.getByText(/Alt\+↑/)).toBeHidden();
        await expect(question.locator("kbd").first()).toBeHidden();
        await snap(page, `quiz-${type}`);
        if (type === "multipleChoice" || type === "trueFalse") await question.getByRole("radio").first().tap();
        else if (type === "typed" || type === "listRecall") {
          const field = question.getByLabel(type === "typed" ? "Your answer" : "Item 1");
          await field.fill(type === "typed" ? "2004" : "business promotion");
          await field.blur();
        } else if (type === "matching") {
          const selects = question.getByRole("combobox");
          for (let s = 0; s < (await selects.count()); s += 1) {
            await expectInsideViewport(page, selects.nth(s), "matching choice");
            await selects.nth(s).selectOption({ index: 1 });
          }
        } else {
          const later = question.getByRole("button", { name: /later$/ }).first();
          await expectInsideViewport(page, later, "move later button");
          await later.tap();
        }
        await expect(page.getByText("all answers saved")).toBeVisible();
        expect(await horizontalOverflow(page), `${type} question answered`).toBeLessThanOrEqual(0);
        if (i < 5) await page.getByRole("button", { name: "Next →" }).tap();
      }
      expect([...seen].sort()).toEqual(["listRecall", "matching", "multipleChoice", "timeline", "trueFalse", "typed"]);
      await page.getByRole("button", { name: "Submit quiz" }).tap();
      await expect(page).toHaveURL(/\/results$/);
      expect(await horizontalOverflow(page), "results").toBeLessThanOrEqual(0);
    });

    test(`the class page keeps its tables inside the screen @phone`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: phone.viewport, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await signUp(page, newAccount("phone-teacher"), "instructor");
      const klass = new InstructorClassPage(page);
      const { joinCode } = await klass.create("Phone class with a rather long name");
      await klass.assignDeck(/Central Asia plus Japan/, "2030-01-15T10:00");
      await klass.assignQuiz(/Central Asia plus Japan/, "2030-01-20T10:00", 3);
      await page.reload();
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await horizontalOverflow(page), "class page").toBeLessThanOrEqual(0);
      await snap(page, "class");
      await page.goto("/classes");
      expect(await horizontalOverflow(page), "class list").toBeLessThanOrEqual(0);

      // The same class as a student sees it on a phone.
      const studentContext = await browser.newContext({ viewport: phone.viewport, isMobile: true, hasTouch: true });
      const student = await studentContext.newPage();
      await signUp(student, newAccount("phone-student"));
      await student.goto(`/join/${joinCode}`);
      await student.getByRole("button", { name: "Join class" }).tap();
      await expect(student.getByRole("heading", { name: "Phone class with a rather long name" })).toBeVisible();
      await expect(student.getByTestId("assignment").first()).toBeVisible();
      expect(await horizontalOverflow(student), "class page, student").toBeLessThanOrEqual(0);
      await snap(student, "class-student");
      await student.goto("/classes");
      expect(await horizontalOverflow(student), "class list, student").toBeLessThanOrEqual(0);
      await studentContext.close();
      await context.close();
    });
  });
}
