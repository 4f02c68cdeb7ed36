import type { Article } from '../../src/corpus/types.js';
import type { Passage } from '../../src/passages/types.js';

/** One body passage of a made-up article whose file is that sentence alone; `at` changes any field. */
export function sentence(text: string, at: Partial<Passage> = {}): Passage {
  return { id: 't#0', articleId: 't', paragraph: 0, start: 0, end: text.length, text, kind: 'body', ...at };
}

/**
 * The passages of one made-up article: each inner array a paragraph, each string a sentence, the file
 * being the sentences joined by a space (paragraphs by a blank line).
 */
export function articlePassages(paragraphs: string[][], articleId = 'a'): Passage[] {
  const passages: Passage[] = [];
  let at = 0;
  paragraphs.forEach((sentences, paragraph) => {
    for (const text of sentences) {
      passages.push({ id: `${articleId}#${passages.length}`, articleId, paragraph, start: at, end: at + text.length, text, kind: 'body' });
      at += text.length + 1;
    }
    at += 1;
  });
  return passages;
}

/** A made-up article's record, published on `published`. */
export function articleOf(id: string, published: string | null): Article {
  return { id, file: `${id}.md`, title: id, publisher: null, published, url: null, bodyStart: 0 };
}
