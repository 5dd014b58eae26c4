export interface PassageSentence {
  position: number;
  start: number;
  end: number;
}

export interface PassageSegment {
  text: string;
  /** The sentence this text is, or null for the space between sentences. */
  sentence: number | null;
  highlighted: boolean;
}

/**
 * Cuts an article's plain text into paragraphs of sentence segments, so a page can show the
 * passage with the sentences a card cites highlighted. Offsets are UTF-16 indexes into `plainText`.
 */
export function segmentPassage(plainText: string, sentences: PassageSentence[], highlight: ReadonlySet<number>): PassageSegment[][] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const segments: PassageSegment[] = [];
  let cursor = 0;
  for (const sentence of ordered) {
    if (sentence.start < cursor || sentence.end > plainText.length) continue;
    if (sentence.start > cursor) segments.push({ text: plainText.slice(cursor, sentence.start), sentence: null, highlighted: false });
    segments.push({
      text: plainText.slice(sentence.start, sentence.end),
      sentence: sentence.position,
      highlighted: highlight.has(sentence.position),
    });
    cursor = sentence.end;
  }
  if (cursor < plainText.length) segments.push({ text: plainText.slice(cursor), sentence: null, highlighted: false });

  // Paragraph breaks live in the gaps between sentences.
  const paragraphs: PassageSegment[][] = [[]];
  for (const segment of segments) {
    if (segment.sentence !== null || !/\n\s*\n|\n/.test(segment.text)) {
      paragraphs[paragraphs.length - 1]!.push(segment);
      continue;
    }
    const parts = segment.text.split(/\n+/);
    parts.forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part.trim()) paragraphs[paragraphs.length - 1]!.push({ text: part, sentence: null, highlighted: false });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.some((segment) => segment.text.trim().length > 0));
}
