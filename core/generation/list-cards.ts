// "Name the five parts of the Charter." One card per list.

import { countWord, explain, type BuildContext, type CardDraft } from "./card-draft";

export function buildListCards(ctx: BuildContext): CardDraft[] {
  return ctx.facts.enumerations.map((list) => {
    const count = countWord(list.items.length);
    const prompt = list.blanked ? `Fill in the ${count} items: ${list.blanked}.` : list.style === "examples" ? `Name the ${count} ${list.title} that the article lists.` : `Name the ${count} ${list.title}.`;
    return {
      kind: "listRecall",
      prompt,
      answer: list.items.map((item) => item.text).join("; "),
      explanation: explain(ctx, list.sentenceIds),
      sourceSentenceIds: list.sentenceIds,
    };
  });
}
