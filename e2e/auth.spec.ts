import { expect, newAccount, signIn, signUp, test } from "./fixtures";

test.describe("accounts", () => {
  test("sign up, sign out, and sign in again", async ({ page }) => {
    const account = newAccount();
    await signUp(page, account);
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
    await expect(page.getByTestId("deck-central-asia-plus-japan")).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, account);
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
  });

  test("a wrong password is refused", async ({ page }) => {
    const account = newAccount();
    await signUp(page, account);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await signIn(page, { email: account.email, password: "not the password" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("sign-up explains bad input and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Short Password");
    await page.getByLabel("E-mail").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Short Password");
  });

  test("a protected page sends a visitor to sign-in and back afterwards", async ({ page }) => {
    const account = newAccount();
    await signUp(page, account);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.goto("/decks/central-asia-plus-japan");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdecks%2Fcentral-asia-plus-japan/);
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/decks\/central-asia-plus-japan$/);
  });
});
