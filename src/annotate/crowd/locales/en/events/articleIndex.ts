import type { Passage } from '../../../../../passages/types.js';
import { isAboutGathering } from '../gathering.js';

/**
 * One article's passages as the dating rules read them for every claim: its paragraphs indexed, whether
 * each passage is about a gathering read once, and the values a rule computes from the article alone
 * kept for its other claims. Built per run; without it, dating each claim of one long paragraph rescans
 * the whole paragraph, and time grows with the square of the text.
 */
export class ArticleIndex {
  private readonly paragraphs = new Map<number, Passage[]>();
  private readonly about = new Map<Passage, boolean>();
  private readonly memos = new Map<string, unknown>();

  constructor(readonly passages: Passage[]) {
    for (const p of passages) {
      const list = this.paragraphs.get(p.paragraph);
      if (list) list.push(p);
      else this.paragraphs.set(p.paragraph, [p]);
    }
  }

  /** The passages of paragraph `n`, in order. */
  paragraph(n: number): Passage[] {
    return this.paragraphs.get(n) ?? [];
  }

  /** Whether a passage of this article is about a gathering (`isAboutGathering` of its text), read once. */
  aboutGathering(p: Passage): boolean {
    let about = this.about.get(p);
    if (about === undefined) this.about.set(p, (about = isAboutGathering(p.text)));
    return about;
  }

  /** A value that depends on this article only (and `key`), computed on first use. */
  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }
}
