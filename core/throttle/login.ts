/**
 * The sign-in throttle's rule (OWASP, authentication cheat sheet: lockouts by account alone let
 * anyone lock anyone out). Failures are counted three ways; all times are newest first.
 *
 * - per (e-mail, client address): 5 failures in 15 minutes wall that pair off. A guesser hits
 *   this; the account's owner, elsewhere, does not.
 * - per client address, whatever the e-mail: 50 in 15 minutes or 120 in an hour (high enough for
 *   a classroom behind one NAT address) wall the address off: one address spraying many accounts.
 * - per e-mail, from every address: a ceiling of 100 in an hour. Over it, an account is under a
 *   spread-out attack; an address that has failed against it in the last hour is walled, and an
 *   address with no failures against it still gets its try, on the slow path (delayed). So the
 *   owner's right password from a new address still signs in; each attacking address gets one
 *   slow guess an hour.
 */
export interface LoginLimit {
  failures: number;
  windowMs: number;
}

const MINUTE = 60_000;
export const PAIR_LIMITS: readonly LoginLimit[] = [{ failures: 5, windowMs: 15 * MINUTE }];
export const ADDRESS_LIMITS: readonly LoginLimit[] = [
  { failures: 50, windowMs: 15 * MINUTE },
  { failures: 120, windowMs: 60 * MINUTE },
];
export const EMAIL_CEILING: LoginLimit = { failures: 100, windowMs: 60 * MINUTE };
/** How long a try on the slow path waits before its password is checked. */
export const SLOW_PATH_DELAY_MS = 2_000;

const ALL_LIMITS = [...PAIR_LIMITS, ...ADDRESS_LIMITS, EMAIL_CEILING];
/** How far back failures matter. */
export const LONGEST_WINDOW_MS = Math.max(...ALL_LIMITS.map((limit) => limit.windowMs));
/** The most failures any one count needs to read. */
export const MOST_FAILURES = Math.max(...ALL_LIMITS.map((limit) => limit.failures));

export interface LoginFailureTimes {
  /** This e-mail from this address. */
  pair: readonly Date[];
  /** This address, any e-mail; empty when the address is unknown. */
  address: readonly Date[];
  /** This e-mail, any address. */
  email: readonly Date[];
}

export type LoginDecision = { kind: "check" } | { kind: "slow" } | { kind: "wall"; retryAfterSeconds: number };

/**
 * Seconds until one more try is allowed under `limits`, or null if it is allowed now. A limit of
 * N is hit while N failures lie inside its window; it lifts when the N-th newest leaves it.
 */
export function retryAfterSeconds(failureTimes: readonly Date[], limits: readonly LoginLimit[], now: Date): number | null {
  let until = 0;
  for (const limit of limits) {
    const nth = failureTimes[limit.failures - 1];
    if (!nth) continue;
    const liftsAt = nth.getTime() + limit.windowMs;
    if (liftsAt > now.getTime()) until = Math.max(until, liftsAt);
  }
  return until === 0 ? null : Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/** What to do with one sign-in try, given the failures before it. */
export function decideLogin(times: LoginFailureTimes, now: Date): LoginDecision {
  const walls = [retryAfterSeconds(times.pair, PAIR_LIMITS, now), retryAfterSeconds(times.address, ADDRESS_LIMITS, now)].filter((wait) => wait !== null);
  if (walls.length > 0) return { kind: "wall", retryAfterSeconds: Math.max(...walls) };
  const ceiling = retryAfterSeconds(times.email, [EMAIL_CEILING], now);
  if (ceiling === null) return { kind: "check" };
  const pairFailedRecently = times.pair.some((at) => at.getTime() > now.getTime() - EMAIL_CEILING.windowMs);
  return pairFailedRecently ? { kind: "wall", retryAfterSeconds: ceiling } : { kind: "slow" };
}
