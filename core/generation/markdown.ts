// Inline Markdown and citation markers out, words kept.

export function stripInlineMarkdown(text: string): string {
  return (
    text
      // Images carry no prose; links keep their text.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]^][^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]^][^\]]*)\]\[[^\]]*\]/g, "$1")
      .replace(/<https?:[^>]+>/g, "")
      .replace(/<\/?[a-zA-Z][^>]*>/g, "")
      // Footnote references "[^1]" and scraped citation markers " [1]" / "[2, 3]".
      .replace(/\s*\[\^[^\]]+\]/g, "")
      .replace(/\s*\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]/g, "")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/(^|[\s(])\*(?=\S)([^*]*?\S)\*(?=[\s).,;:!?]|$)/g, "$1$2")
      .replace(/(^|[\s(])_(?=\S)([^_]*?\S)_(?=[\s).,;:!?]|$)/g, "$1$2")
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
  );
}
