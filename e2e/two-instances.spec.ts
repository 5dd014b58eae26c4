import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../features/account/password";
import { trySignInOverHttp } from "../scripts/http-sign-in";
import { postgresDatabaseUrl } from "../scripts/postgres-databases";

/**
 * Two app instances on different ports sharing one PostgreSQL database, as behind a load
 * balancer: nothing a request needs may live in one instance's memory. Runs in the PostgreSQL
 * pass of `npm test` (KIOKU_E2E_POSTGRES_URL), against the database the suite's server uses.
 */
const postgresBase = process.env.KIOKU_E2E_POSTGRES_URL;
const suitePort = Number(process.env.KIOKU_E2E_PORT ?? 3100);
const PASSWORD = "two-instances-password-1";

test.describe("two app instances sharing one PostgreSQL", () => {
  test.skip(!postgresBase, "needs KIOKU_E2E_POSTGRES_URL (the PostgreSQL pass of npm test)");
  test.describe.configure({ mode: "serial", timeout: 180_000 });

  const databaseUrl = postgresBase ? postgresDatabaseUrl(postgresBase, `kioku_e2e_${suitePort}`) : "";
  const instances = [suitePort + 1, suitePort + 2].map((port) => `http://127.0.0.1:${port}`);
  const servers: ChildProcess[] = [];
  let sql: pg.Client;

  test.beforeAll(async () => {
    // The same AUTH_SECRET on both, as every instance behind one load balancer must have.
    const secret = randomBytes(32).toString("base64url");
    for (const url of instances) {
      const port = new URL(url).port;
      servers.push(
        spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--port", port, "--hostname", "127.0.0.1"], {
          env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, KIOKU_BACKUPS: "off", NEXT_TELEMETRY_DISABLED: "1" },
          stdio: ["ignore", "ignore", "inherit"],
        }),
      );
    }
    sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    for (const url of instances) await expect.poll(() => fetch(`${url}/api/health`).then((r) => r.status, () => 0), { timeout: 90_000 }).toBe(200);
  });

  test.afterAll(async () => {
    for (const server of servers) server.kill("SIGTERM");
    await sql?.end();
  });

  async function createUser(): Promise<{ id: string; email: string }> {
    const email = `${randomUUID()}@two.kioku.test`;
    const id = `two-${randomUUID()}`;
    await sql.query(`INSERT INTO "User" (id, email, name, "passwordHash", "timeZone") VALUES ($1, $2, 'Two', $3, 'UTC')`, [id, email, await hashPassword(PASSWORD)]);
    return { id, email };
  }

  function review(baseUrl: string, cookie: string, body: object): Promise<Response> {
    return fetch(`${baseUrl}/api/study/reviews`, { method: "POST", headers: { "Content-Type": "application/json", Cookie: cookie }, body: JSON.stringify(body) });
  }

  test("a session made on one instance works on the other, and one answer sent to both is stored once", async () => {
    const [a, b] = instances as [string, string];
    const user = await createUser();
    const cookie = await trySignInOverHttp(a, user.email, PASSWORD);
    expect(cookie).not.toBeNull();
    const card = await sql.query<{ id: string }>(`SELECT c.id FROM "Card" c JOIN "Deck" d ON d.id = c."deckId" WHERE d."ownerId" IS NULL ORDER BY c.position LIMIT 2`);
    const [first, second] = card.rows.map((row) => row.id);
    expect(second).toBeDefined();

    // Signed in on A, answering on B.
    const onB = await review(b, cookie!, { cardId: first, rating: 3, idempotencyKey: randomUUID(), durationMs: 2000 });
    expect(onB.status).toBe(201);

    // The same answer (one idempotency key) sent to both at once, as a client retrying through the balancer.
    const answer = { cardId: second, rating: 4, idempotencyKey: randomUUID(), durationMs: 1500 };
    const responses = await Promise.all([review(a, cookie!, answer), review(b, cookie!, answer)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 201]);
    const stored = await sql.query(`SELECT 1 FROM "ReviewLog" WHERE "userId" = $1 AND "idempotencyKey" = $2`, [user.id, answer.idempotencyKey]);
    expect(stored.rowCount).toBe(1);
    const state = await sql.query<{ reps: number }>(`SELECT reps FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2`, [user.id, second]);
    expect(state.rows[0]?.reps).toBe(1);
    expect((await sql.query(`SELECT 1 FROM "ReviewLog" WHERE "userId" = $1`, [user.id])).rowCount).toBe(2);
  });

  test("wrong passwords count across both instances: after five, even the right one waits", async () => {
    const [a, b] = instances as [string, string];
    const user = await createUser();
    for (let i = 0; i < 5; i += 1) expect(await trySignInOverHttp(i % 2 === 0 ? a : b, user.email, "wrong-password-123")).toBeNull();
    expect(await trySignInOverHttp(b, user.email, PASSWORD)).toBeNull();
    expect(await trySignInOverHttp(a, user.email, PASSWORD)).toBeNull();
    // A fresh account on the same instances still signs in: the limit is per e-mail, not global.
    const other = await createUser();
    expect(await trySignInOverHttp(b, other.email, PASSWORD)).not.toBeNull();
  });
});
