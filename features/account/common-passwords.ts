import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * NIST 800-63B asks to refuse passwords known to be common. The list is zxcvbn's, ranked by how
 * often each password appeared in real leaks (MIT, @zxcvbn-ts/language-common, pinned); its
 * entries are lower case, so the check is too ("Password1" is as guessable as "password1").
 */
export const COMMON_PASSWORD_COUNT = 3000;

let common: ReadonlySet<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].slice(0, COMMON_PASSWORD_COUNT));
  return common.has(password.toLowerCase());
}
