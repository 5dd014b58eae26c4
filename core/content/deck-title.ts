/** Words kept when a title has to come from the text itself. */
const TITLE_WORDS = 8;

/**
 * A deck's title when its creator leaves the field empty: the front matter's title, else the
 * article's first Markdown heading, else the first few words of its first line (never the whole
 * first sentence, which made unreadable titles).
 */
export function titleFromArticle(body: string, frontMatterTitle?: string): string {
  if (frontMatterTitle?.trim()) return frontMatterTitle.trim().slice(0, 200);
  const lines = body.split(/\r?\n/);
  const heading = lines.find((line) => /^#{1,6}\s+\S/.test(line));
  if (heading) return heading.replace(/^#{1,6}\s+/, "").replace(/\s+#+\s*$/, "").trim().slice(0, 200);
  const first = lines.find((line) => line.trim().length > 0)?.trim() ?? "";
  const words = first.replace(/[*_`>#]/g, "").split(/\s+/).filter(Boolean);
  if (words.length === 0) return "Untitled deck";
  const kept = words.slice(0, TITLE_WORDS).join(" ").replace(/[.,;:!?]+$/, "");
  return words.length > TITLE_WORDS ? `${kept}…` : kept;
}
