import { prepareArticle, type PreparedArticle } from '../../ingest/articleFile.js';
import { IngestError } from '../../ingest/types.js';
import type { TopicArticle } from './dataset.js';

/** The longest title taken from an article's first line, in characters (cut at a word). */
const TITLE_MAX = 150;

/**
 * A dataset article as the project's article file: its first line as title, its publication day in
 * front matter, its lines as paragraphs. The datasets give text split into tokens ("Taylor 's
 * trial , which"); the spaces a tokenizer put before punctuation and inside contractions are taken
 * out, so the file reads as the report was printed. Null when the ingest would refuse it (nothing
 * quotable left).
 */
export function topicArticleFile(article: TopicArticle): PreparedArticle | null {
  const lines = article.text
    .split(/\r?\n/)
    .map((l) => detokenize(l).trim())
    .filter(Boolean);
  if (!lines.length) return null;
  try {
    return prepareArticle({ title: titleOf(lines[0]!), publisher: null, published: article.published, url: null, byline: null, body: `${lines.join('\n')}\n` });
  } catch (err) {
    if (err instanceof IngestError) return null;
    throw err;
  }
}

function titleOf(line: string): string {
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).replace(/[\s,;:]+$/, '');
}

/** Undoes a tokenizer's spacing: "Taylor 's trial , which ( in 2003 ) ended ." reads "Taylor's trial, which (in 2003) ended." */
export function detokenize(line: string): string {
  return line
    .replace(/ +(?=[,.;:!?%)\]}])/g, '')
    .replace(/([([{$£€]) +/g, '$1')
    .replace(/ +(?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)/gi, '');
}
