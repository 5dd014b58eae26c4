import { hash, verify } from "@node-rs/argon2";

/** @node-rs/argon2's `Algorithm.Argon2id`; its enum is `const`, which isolated modules cannot read. */
const ARGON2ID = 2;

/** OWASP's argon2id minimum: 19 MiB of memory, 2 passes, one lane. */
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of a real check, so an unknown e-mail is answered as slowly as a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("kioku-timing-equaliser");
  await verifyPassword(await dummyHash, password);
  return false;
}
