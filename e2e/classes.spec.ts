import { type APIRequestContext, type Browser } from "@playwright/test";
import { expect, newAccount, signUp, test } from "./fixtures";
import { InstructorClassPage } from "./pages/class-page";
import { QuizPage } from "./pages/quiz-page";
import { SEED_DECK } from "./pages/study-page";

const SEED_TITLE = /Central Asia plus Japan/;

async function signedInPage(browser: Browser, role: "student" | "instructor", label: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const account = newAccount(label);
  await signUp(page, account, role);
  return { context, page, account };
}

test.describe("classes", () => {
  test("an instructor assigns the seed deck and a quiz; a student joins, studies and quizzes; the dashboard and CSV show it", async ({ browser }) => {
    const teacher = await signedInPage(browser, "instructor", "teacher");
    const klass = new InstructorClassPage(teacher.page);
    const { classId, joinCode } = await klass.create("History 101");
    await expect(teacher.page.getByTestId("invite-link")).toContainText(`/join/${joinCode}`);
    await klass.assignDeck(SEED_TITLE, "2030-01-15T10:00");
    await klass.assignQuiz(SEED_TITLE, "2030-01-20T10:00", 3);

    const learner = await signedInPage(browser, "student", "learner");
    await learner.page.goto("/classes");
    await learner.page.getByLabel("Join code").fill("WRONG-CODE2");
    await learner.page.getByRole("button", { name: "Join class" }).click();
    await expect(learner.page.getByRole("main").getByRole("alert")).toContainText("No class has that code");
    await learner.page.getByLabel("Join code").fill(joinCode.toLowerCase());
    await learner.page.getByRole("button", { name: "Join class" }).click();
    await expect(learner.page.getByRole("heading", { name: "History 101" })).toBeVisible();
    await expect(learner.page.getByTestId("assignment")).toHaveCount(2);
    await expect(learner.page.getByTestId("my-status")).toHaveText("Not started");

    await learner.page.getByRole("link", { name: "Study", exact: true }).click();
    await expect(learner.page).toHaveURL(new RegExp(`/study/${SEED_DECK}\\?from=class-${classId}$`));
    await learner.page.keyboard.press("Space");
    await learner.page.keyboard.press("3");
    await expect(learner.page.getByTestId("study-remaining")).toHaveText("19");

    await learner.page.goto(`/classes/${classId}`);
    await learner.page.getByRole("button", { name: "Take quiz" }).click();
    const quiz = new QuizPage(learner.page);
    for (let i = 0; i < 3; i += 1) {
      await quiz.answerCurrent();
      if (i < 2) await quiz.next();
    }
    await learner.page.getByRole("button", { name: "Submit quiz" }).click();
    await expect(learner.page.getByTestId("quiz-score")).toBeVisible();

    await teacher.page.reload();
    await expect(teacher.page.getByTestId("roster-student")).toContainText(learner.account.name);
    const reports = teacher.page.getByTestId("assignment-report");
    const deckRow = reports.nth(0).getByTestId("progress-row").filter({ hasText: learner.account.name });
    await expect(deckRow).toContainText("1/");
    await expect(deckRow.getByTestId("status")).not.toHaveText("Not started");
    await expect(teacher.page.getByTestId("recall-chart")).toBeVisible();
    const quizRow = reports.nth(1).getByTestId("progress-row").filter({ hasText: learner.account.name });
    await expect(quizRow.getByTestId("quiz-best")).toHaveText(/\d+%/);

    const csv = await teacher.page.request.get(`/api/classes/${classId}/export`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toMatch(/^class,assignment,kind,due_at,student,email/);
    expect(text).toContain(learner.account.email);
    expect(text.split("\r\n").filter((line) => line.includes(learner.account.email))).toHaveLength(2);

    await teacher.context.close();
    await learner.context.close();
  });

  test("access matrix over class pages, the quiz and the CSV route", async ({ browser, playwright, baseURL }) => {
    const teacher = await signedInPage(browser, "instructor", "owner");
    const { classId, joinCode } = await new InstructorClassPage(teacher.page).create("Matrix class");
    await new InstructorClassPage(teacher.page).assignQuiz(SEED_TITLE, "2030-01-20T10:00", 2);
    const quizId = (await teacher.page.getByTestId("quiz-link").getAttribute("href"))?.split("/quizzes/")[1];

    const member = await signedInPage(browser, "student", "member");
    await member.page.goto(`/join/${joinCode}`);
    await member.page.getByRole("button", { name: "Join class" }).click();
    await expect(member.page.getByRole("heading", { name: "Matrix class" })).toBeVisible();

    const strangerTeacher = await signedInPage(browser, "instructor", "stranger-teacher");
    const otherStudent = await signedInPage(browser, "student", "other-student");
    const anonymous: APIRequestContext = await playwright.request.newContext({ baseURL });

    expect(quizId).toBeTruthy();
    const urls = { page: `/classes/${classId}`, csv: `/api/classes/${classId}/export`, quiz: `/quizzes/${quizId}` };
    const actors: [string, APIRequestContext, Record<string, number>][] = [
      ["anonymous", anonymous, { page: 307, csv: 401, quiz: 307 }],
      ["student in the class", member.page.request, { page: 200, csv: 404, quiz: 200 }],
      ["student elsewhere", otherStudent.page.request, { page: 404, csv: 404, quiz: 404 }],
      ["the instructor", teacher.page.request, { page: 200, csv: 200, quiz: 200 }],
      ["another instructor", strangerTeacher.page.request, { page: 404, csv: 404, quiz: 404 }],
    ];
    for (const [name, request, expected] of actors) {
      for (const [what, url] of Object.entries(urls)) {
        const response = await request.get(url, { maxRedirects: 0 });
        expect.soft(response.status(), `${name} GET ${what}`).toBe(expected[what]);
        if (expected[what] !== 200) expect.soft(await response.text(), `${name} sees no class data`).not.toContain("Matrix class");
      }
    }
    for (const session of [teacher, member, strangerTeacher, otherStudent]) await session.context.close();
    await anonymous.dispose();
  });
});
