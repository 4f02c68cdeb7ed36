export type PassageKind = 'headline' | 'body' | 'caption';

/** A sentence-sized, quotable piece of an article: `text` is exactly `file.slice(start, end)`. */
export interface Passage {
  /** `${articleId}#${n}`, n counting from 0 in reading order. */
  id: string;
  articleId: string;
  /** Index of the paragraph (counting kept paragraphs) the passage is in. */
  paragraph: number;
  /** Offsets into the article file's text (UTF-16 code units, as JavaScript strings count). */
  start: number;
  end: number;
  text: string;
  kind: PassageKind;
}
