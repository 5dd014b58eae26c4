import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";

export interface TestAccount {
  name: string;
  email: string;
  password: string;
}

export function newAccount(label = "student"): TestAccount {
  const id = randomUUID().slice(0, 8);
  return { name: `E2E ${label} ${id}`, email: `e2e-${label}-${id}@kioku.test`, password: `correct horse ${id}` };
}

/** Signs up through the real form, so every test starts from an account made the way users make one. */
export async function signUp(page: Page, account: TestAccount, role: "student" | "instructor" = "student"): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel(role === "student" ? "Student or self-learner" : "Instructor").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
}

export async function signIn(page: Page, account: Pick<TestAccount, "email" | "password">): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A page already signed in as a fresh student. */
export const test = base.extend<{ account: TestAccount; studentPage: Page }>({
  account: async ({}, use) => {
    await use(newAccount());
  },
  studentPage: async ({ page, account }, use) => {
    await signUp(page, account);
    await use(page);
  },
});

export { expect };
