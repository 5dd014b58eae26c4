/** Only same-site paths: "//evil.example" and absolute URLs would turn sign-in into an open redirect. */
export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  return raw;
}
