import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/errors";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schema";

export async function createUser(input: SignUpInput): Promise<Result<{ id: string }, "emailTaken">> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: input.role, timeZone: input.timeZone },
      select: { id: true },
    });
    return ok(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("emailTaken", "An account with that e-mail already exists.", {
        email: ["An account with that e-mail already exists."],
      });
    }
    throw error;
  }
}

/** Ends every session issued before now: the JWTs carry the old version and are refused. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
