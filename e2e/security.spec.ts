import type { APIRequestContext } from "@playwright/test";
import { expect, newAccount, signIn, test } from "./fixtures";
import { SEED_DECK } from "./pages/study-page";

function expectCommonHeaders(headers: Record<string, string>) {
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
}

async function postCredentials(request: APIRequestContext, email: string, password: string, csrfToken: string) {
  return request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
}

test.describe("security headers", () => {
  test("a page gets a nonce CSP its own scripts carry, and the app still runs under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/sign-up");
    const headers = response!.headers();
    expectCommonHeaders(headers);
    const nonce = /'nonce-([^']+)'/.exec(headers["content-security-policy"]!)?.[1];
    expect(nonce).toBeTruthy();
    const scripts = await page.locator("script").evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    // A second load gets a different nonce.
    const again = await page.request.get("/sign-up");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);

    // Hydrated client code works: sign up through the form and land on the dashboard.
    const account = newAccount("csp");
    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("E-mail").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    expect(violations).toEqual([]);

    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("authjs.session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  test("a route handler gets the headers and a policy that allows nothing", async ({ request }) => {
    const response = await request.get("/api/health");
    expectCommonHeaders(response.headers());
    expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  });

  test("behind https the auth cookies are Secure and __Host-/__Secure- prefixed", async ({ request }) => {
    const response = await request.get("/api/auth/csrf", { headers: { "X-Forwarded-Proto": "https" } });
    const setCookie = response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
    const csrf = setCookie.find((value) => value.startsWith("__Host-authjs.csrf-token="));
    expect(csrf).toBeDefined();
    expect(csrf).toMatch(/;\s*Secure/i);
    expect(csrf).toMatch(/;\s*HttpOnly/i);
    expect(csrf).toMatch(/;\s*SameSite=Lax/i);
  });
});

test.describe("login throttling over HTTP", () => {
  test("the sixth wrong password in 15 minutes gets 429 with Retry-After, for a known or unknown e-mail", async ({ playwright, baseURL, studentPage: _signedUp, account }) => {
    for (const email of [`nobody-${Date.now()}@kioku.test`, account.email]) {
      const request = await playwright.request.newContext({ baseURL });
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      for (let i = 0; i < 5; i++) {
        const refused = await postCredentials(request, email, `wrong guess ${i}`, csrfToken);
        expect(refused.status()).toBe(302);
        expect(refused.headers().location).toContain("error=CredentialsSignin");
      }
      const throttled = await postCredentials(request, email, "wrong guess 6", csrfToken);
      expect(throttled.status()).toBe(429);
      const retryAfter = Number(throttled.headers()["retry-after"]);
      expect(retryAfter).toBeGreaterThan(800);
      expect(retryAfter).toBeLessThanOrEqual(900);
      await request.dispose();
    }
  });

  test("a client cannot pick its own address: forged address headers do not open a new counter", async ({ playwright, baseURL }) => {
    const email = `spoofer-${Date.now()}@kioku.test`;
    const request = await playwright.request.newContext({ baseURL });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const forged = (i: number) => ({ "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `198.51.100.${i}`, "X-Kioku-Peer-Address": `198.51.100.${i}` });
    for (let i = 0; i < 5; i++) {
      const refused = await request.post("/api/auth/callback/credentials", { form: { email, password: `guess ${i}`, csrfToken }, headers: forged(i), maxRedirects: 0 });
      expect(refused.status()).toBe(302);
    }
    const sixth = await request.post("/api/auth/callback/credentials", { form: { email, password: "guess 6", csrfToken }, headers: forged(99), maxRedirects: 0 });
    expect(sixth.status()).toBe(429);
    await request.dispose();
  });

  test("the sign-in form says how long to wait", async ({ page }) => {
    const email = `locked-${Date.now()}@kioku.test`;
    for (let i = 0; i < 6; i++) {
      await signIn(page, { email, password: `guess number ${i}` });
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(i < 5 ? "Wrong e-mail or password." : /^Too many attempts, try again in 1[45] minutes\.$/);
    }
  });
});

test.describe("user text is text", () => {
  test("a deck title with markup renders literally and runs nothing", async ({ studentPage: page }) => {
    const title = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    await page.goto("/decks/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Article text").fill("The Harbour Bridge opened on 19 March 1932. Construction began in July 1923 and took eight years.");
    await page.getByRole("button", { name: "Generate cards" }).click();
    await expect(page.getByTestId("preview-card").first()).toBeVisible();
    await page.getByRole("button", { name: /Publish deck/ }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});

test.describe("hostile input to route handlers", () => {
  const HOSTILE_SEGMENTS = [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%E2%80%AEtxt.exe",
    "a%E2%80%8Bb",
    "%ED%A0%80",
    "..%2F..%2Fetc%2Fpasswd",
    "x".repeat(5000),
    "%00",
    "'%20OR%201%3D1--",
  ];

  test("every one is answered 4xx, never 5xx, signed in or not", async ({ studentPage: page, playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const request of [page.request, anonymous]) {
      const statuses: [string, number][] = [];
      for (const segment of HOSTILE_SEGMENTS) {
        for (const url of [`/api/classes/${segment}/export`, `/api/optimizer/runs/${segment}`]) {
          statuses.push([url.slice(0, 80), (await request.get(url)).status()]);
        }
      }
      const bodies: unknown[] = [null, [], "text", { cardId: 5 }, { cardId: "<script>", rating: "3", idempotencyKey: "\u202E", durationMs: -1 }, { cardId: "x".repeat(100_000), rating: 3, idempotencyKey: "k".repeat(101), durationMs: 1e308 }];
      for (const body of bodies) {
        statuses.push([`reviews ${JSON.stringify(body).slice(0, 60)}`, (await request.post("/api/study/reviews", { data: body as object, headers: { "Content-Type": "application/json" } })).status()]);
      }
      statuses.push(["reviews: not JSON", (await request.post("/api/study/reviews", { data: "{not json", headers: { "Content-Type": "application/json" } })).status()]);
      statuses.push(["reviews: form", (await request.post("/api/study/reviews", { form: { cardId: "x" } })).status()]);
      statuses.push(["reviews: cross-site", (await request.post("/api/study/reviews", { data: {}, headers: { Origin: "https://evil.example" } })).status()]);
      if (request === page.request) {
        for (const segment of HOSTILE_SEGMENTS) {
          for (const url of [`/decks/${segment}`, `/study/${segment}`, `/quizzes/${segment}`, `/classes/${segment}`]) {
            statuses.push([url.slice(0, 80), (await request.get(url)).status()]);
          }
        }
      }
      const wrong = statuses.filter(([, status]) => status < 400 || status >= 500);
      expect(wrong).toEqual([]);
    }
    // The list of decks a device keeps offline is the signed-in user's own, and nobody else's.
    expect((await anonymous.get("/api/study/offline-decks")).status()).toBe(401);
    expect(await (await page.request.get("/api/study/offline-decks")).json()).toEqual({ urls: [] });
    await anonymous.dispose();
  });
});

test.describe("raw server-action bodies", () => {
  test("malformed, cross-origin and oversized action posts and bad callbackUrls get a 4xx, never a 5xx", async ({ studentPage: page, playwright, baseURL }) => {
    test.setTimeout(120_000);
    // A form's action id is in its server-rendered hidden fields (progressive enhancement).
    const html = await (await page.request.get("/account")).text();
    const actionId = /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1];
    expect(actionId).toBeTruthy();
    const origin = baseURL!;
    const anonymous = await playwright.request.newContext({ baseURL });
    const statuses: [string, number][] = [];
    for (const [who, request] of [["signed in", page.request], ["anonymous", anonymous]] as const) {
      const post = async (label: string, data: string | Buffer, headers: Record<string, string> = {}) => {
        const response = await request.post("/account", { data, headers: { "Next-Action": actionId!, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, ...headers }, maxRedirects: 0 });
        statuses.push([`${who}: ${label}`, response.status()]);
        return response.status();
      };
      for (const [label, body] of [
        ["not json", "not json"],
        ["empty", ""],
        ["null", "null"],
        ["missing part", '["$2"]'],
        ["deep nesting", "[".repeat(100_000) + "]".repeat(100_000)],
        ["2M-element array", JSON.stringify(Array.from({ length: 2_000_000 }, () => 1))],
      ] as const) await post(label, body);
      const boundary = "----kioku-fuzz";
      const multipart = (fields: Record<string, string>) =>
        Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
      const formType = { "Content-Type": `multipart/form-data; boundary=${boundary}` };
      await post("multipart: field 0 not json", multipart({ "0": "not json" }), formType);
      await post("multipart: missing part", multipart({ "0": '["$K1","$5"]', "1_a": "b" }), formType);
      await post("multipart: garbage", "garbage", formType);
      statuses.push([`${who}: form post without JS, garbage`, (await request.post("/account", { data: "garbage", headers: { ...formType, Origin: origin }, maxRedirects: 0 })).status()]);
      expect(await post("cross-origin", "[]", { Origin: "https://evil.example" })).toBe(403);
      expect(await post("bad origin", "[]", { Origin: "null" })).toBe(403);
      expect(await post("over 4 MB", JSON.stringify(["x".repeat(5 * 1024 * 1024)]))).toBe(413);
      for (const raw of ["%2F%0D%0A%2Fevil.example", "%2F%0A%2Fevil.example", "%2F%09%2Fevil.example", "%2F..%2F%2Fevil.example"]) {
        const response = await request.get(`/sign-in?callbackUrl=${raw}`, { maxRedirects: 0 });
        statuses.push([`${who}: callbackUrl ${raw}`, response.status()]);
        expect(response.headers().location ?? "/").toBe("/");
        if (response.status() === 200) expect(await response.text()).toContain('name="callbackUrl" value="/"');
      }
    }
    expect(statuses.filter(([, status]) => status >= 500)).toEqual([]);
    expect(statuses.filter(([label, status]) => !label.includes("callbackUrl") && (status < 400 || status >= 500))).toEqual([]);
    await anonymous.dispose();
  });
});

test.describe("favicon and refusals", () => {
  test("/favicon.ico is an icon with the security headers, and a malformed address's 400 carries them too", async ({ request }) => {
    const icon = await request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/");
    expectCommonHeaders(icon.headers());
    const malformed = await request.get("/decks/%ED%A0%80");
    expect(malformed.status()).toBe(400);
    expectCommonHeaders(malformed.headers());
  });
});

test.describe("body limits", () => {
  test("the review route answers 413 to a padded answer or a huge array, and stores nothing", async ({ studentPage: page }) => {
    await page.goto(`/study/${SEED_DECK}`);
    const cardId = (await page.getByTestId("flashcard").getAttribute("data-card-id"))!;
    const padded = { cardId, rating: 3, idempotencyKey: `padded-${Date.now()}`, durationMs: 1000, pad: "x".repeat(10 * 1024 * 1024) };
    const big = await page.request.post("/api/study/reviews", { data: padded });
    expect(big.status()).toBe(413);
    const array = await page.request.post("/api/study/reviews", { data: JSON.stringify(Array.from({ length: 2_000_000 }, () => 1)), headers: { "Content-Type": "application/json" } });
    expect(array.status()).toBe(413);
    // The batch route (a device's answers kept offline) has a larger limit, and the same refusal.
    const answer = { cardId, rating: 3, idempotencyKey: `padded-batch-${Date.now()}`, durationMs: 1000, answeredAt: new Date().toISOString() };
    const paddedBatch = await page.request.post("/api/study/reviews/batch", { data: { answers: [answer], pad: "x".repeat(10 * 1024 * 1024) } });
    expect(paddedBatch.status()).toBe(413);
    const hugeBatch = await page.request.post("/api/study/reviews/batch", { data: JSON.stringify({ answers: Array.from({ length: 2_000_000 }, () => 1) }), headers: { "Content-Type": "application/json" } });
    expect(hugeBatch.status()).toBe(413);
    const exported = await page.request.get("/api/review-log/export");
    expect(await exported.text()).not.toContain(cardId);
  });
});

test.describe("sessions", () => {
  test("changing the password keeps this browser signed in and ends the other one's session", async ({ studentPage: page, account, browser }) => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, account);
    await expect(otherPage.getByRole("heading", { name: "Your decks" })).toBeVisible();

    await page.goto("/account");
    await page.getByLabel("Current password").fill("not my password");
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your current password is not right.");

    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password").fill("password1");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("That password is among the most common ones; choose another.")).toBeVisible();

    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("main").getByRole("status")).toHaveText("Password changed. Every other device has been signed out.");
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();

    await otherPage.goto("/");
    await expect(otherPage).toHaveURL(/\/sign-in/);
    await signIn(otherPage, { email: account.email, password: "a brand new passphrase" });
    await expect(otherPage.getByRole("heading", { name: "Your decks" })).toBeVisible();
    await other.close();
  });

  test("a copied cookie dies with next-auth's own sign-out, and /api/auth/session never revives a stale one", async ({ studentPage: page, account, playwright, baseURL }) => {
    const sessionCookie = async () => (await page.context().cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"))!;
    const withCookie = async (cookie: { name: string; value: string }) =>
      playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}` } });

    // next-auth's POST /api/auth/signout: the copied cookie reads nothing afterwards.
    const copied = await sessionCookie();
    const stolen = await withCookie(copied);
    expect((await stolen.get("/account", { maxRedirects: 0 })).status()).toBe(200);
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect((await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 })).status()).toBeLessThan(400);
    expect((await stolen.get("/account", { maxRedirects: 0 })).status()).toBe(307);
    expect((await stolen.get("/api/review-log/export")).status()).toBe(401);
    await stolen.dispose();

    // The app's own sign-out: the old token gets no user and no fresh cookie from /api/auth/session.
    await signIn(page, account);
    await expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible();
    const old = await sessionCookie();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    const replay = await withCookie(old);
    const session = await replay.get("/api/auth/session");
    expect(await session.json()).toBeNull();
    const reissued = session.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]+/.test(h.value));
    expect(reissued.map((h) => h.value).filter((value) => !/authjs\.session-token=;/.test(value))).toEqual([]);
    expect((await replay.get("/account", { maxRedirects: 0 })).status()).toBe(307);
    await replay.dispose();
  });
});
