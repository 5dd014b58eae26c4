import { parse as parseYaml } from "yaml";
import { z } from "zod";

export const articleFrontMatterSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase words joined by hyphens"),
  title: z.string().trim().min(1, "title is required"),
  author: z.string().trim().min(1, "author is required"),
  affiliation: z.string().trim().min(1).optional(),
  published: z.iso.date("published must be a date written YYYY-MM-DD"),
  source: z.string().trim().min(1, "source is required"),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export interface ParsedArticle {
  frontMatter: ArticleFrontMatter;
  /** The Markdown after the front matter. */
  body: string;
}

export class ArticleFormatError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "ArticleFormatError";
  }
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown article into validated front matter and body; `file` names it in errors. */
export function parseArticle(markdown: string, file: string): ParsedArticle {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) throw new ArticleFormatError(file, "missing front matter (a block between two '---' lines at the top)");
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new ArticleFormatError(file, `front matter is not valid YAML (${(error as Error).message})`);
  }
  const parsed = articleFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "front matter"}: ${issue.message}`);
    throw new ArticleFormatError(file, `invalid front matter: ${problems.join("; ")}`);
  }
  const body = markdown.slice(match[0].length).trim();
  if (body.length === 0) throw new ArticleFormatError(file, "the article has no text after its front matter");
  return { frontMatter: parsed.data, body };
}

/**
 * Lenient split for user uploads: front matter, if a well-formed block is there, as loose data
 * (a title and a date are used when present), and the rest as the body. Never throws.
 */
export function splitFrontMatter(source: string): { title?: string; published?: string; body: string } {
  const markdown = source.replace(/^\uFEFF/, "");
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { body: markdown };
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch {
    return { body: markdown };
  }
  const loose = z
    .object({
      title: z.string().trim().min(1).max(200).optional().catch(undefined),
      published: z.iso.date().optional().catch(undefined),
      // Jekyll, Hugo and most static-site generators call the publication date `date`.
      date: z.iso.date().optional().catch(undefined),
    })
    .catch({})
    .parse(data);
  const published = loose.published ?? loose.date;
  return { ...(loose.title ? { title: loose.title } : {}), ...(published ? { published } : {}), body: markdown.slice(match[0].length) };
}
