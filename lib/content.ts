import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle, type ParsedArticle } from "@/core/content/front-matter";
import { PROJECT_ROOT } from "./config";

export const CONTENT_DIR = path.join(PROJECT_ROOT, "content");

/** Every article under content/, validated; a bad file stops the load with its name and problem. */
export async function loadContentArticles(dir: string = CONTENT_DIR): Promise<ParsedArticle[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  return Promise.all(files.map(async (name) => parseArticle(await readFile(path.join(dir, name), "utf8"), path.join("content", name))));
}
