import "../scripts/load-env";
import { generateDeck } from "@/core/generation";
import { db } from "@/lib/db";
import { loadContentArticles } from "@/lib/content";
import { saveGeneratedDeck } from "@/features/deck/mutations";
import { DEMO_ACCOUNTS, ensureDemoAccounts } from "./demo-accounts";

/**
 * Idempotent seed: every article under content/ becomes a built-in deck (refreshed in place by
 * card key, never duplicated), and the demo accounts exist. Running it again keeps all data.
 */
async function main(): Promise<void> {
  for (const article of await loadContentArticles()) {
    const generated = generateDeck({ text: article.body, referenceDate: article.frontMatter.published, title: article.frontMatter.title });
    if (generated.cards.length === 0) throw new Error(`${article.frontMatter.slug}: the generator found no cards.`);
    const summary = await saveGeneratedDeck({
      article: { ...article.frontMatter, body: article.body, plainText: generated.plainText },
      sentences: generated.sentences,
      cards: generated.cards,
      questions: generated.questions,
      ownerId: null,
    });
    console.log(
      `Deck ${article.frontMatter.slug}: ${generated.cards.length} cards (${summary.created} new, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged, ${summary.removed} removed, ${summary.keptWithHistory} kept for their history), ` +
        `${summary.questions} quiz questions.`,
    );
  }
  if (process.env.KIOKU_DEMO_ACCOUNTS !== "off") {
    const created = await ensureDemoAccounts();
    console.log(`Demo accounts: ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")} (${created} created).`);
  }
}

main()
  .catch((error: unknown) => {
    console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
