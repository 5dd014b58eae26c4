// A stand-in origin: only whether the target stays on it matters, never its name.
const SELF = "http://kioku.invalid";

/**
 * A same-site path to go to after sign-in, or "/". The raw value is resolved the way a browser
 * resolves a Location (`new URL(raw, origin)`), and refused unless it stays on the origin as a
 * plain path: browsers drop tabs and newlines and read "\" as "/", so "/\t/evil.example" or
 * "/..//evil.example" would otherwise leave the site, and CR/LF would make an invalid header.
 */
export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  let target: URL;
  try {
    target = new URL(raw, SELF);
  } catch {
    return "/";
  }
  if (target.origin !== SELF || target.pathname.startsWith("//")) return "/";
  return target.pathname + target.search + target.hash;
}
