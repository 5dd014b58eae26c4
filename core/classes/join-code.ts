/**
 * Class join codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V),
 * about 48 bits, so guessing one is hopeless under the join throttle. Shown as XXXXX-XXXXX.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const JOIN_CODE_LENGTH = 10;

/** `randomBytes` is injected so core stays pure; pass node:crypto's randomBytes. */
export function makeJoinCode(randomBytes: (size: number) => Uint8Array): string {
  const out: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  while (out.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH * 2)) {
      if (byte < limit && out.length < JOIN_CODE_LENGTH) out.push(JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length]!);
    }
  }
  return out.join("");
}

/** What a person typed, as stored: case, spaces and dashes do not matter. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export function isWellFormedJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((char) => JOIN_CODE_ALPHABET.includes(char));
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
