import { hashPassword } from "@/features/account/password";
import { db } from "@/lib/db";

/** Published in the README so a new user can look around; set KIOKU_DEMO_ACCOUNTS=off to skip them. */
export const DEMO_ACCOUNTS = [
  { name: "Demo Student", email: "student@kioku.test", password: "kioku-demo-student", role: "student" },
  { name: "Demo Instructor", email: "instructor@kioku.test", password: "kioku-demo-instructor", role: "instructor" },
] as const;

/** Creates the demo accounts that do not exist yet; never resets one that does. Returns how many were made. */
export async function ensureDemoAccounts(): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue;
    await db.user.create({
      data: { name: account.name, email: account.email, role: account.role, passwordHash: await hashPassword(account.password) },
    });
    created += 1;
  }
  return created;
}
