import { describe, expect, it } from 'vitest';
import { leadPassages } from '../../../src/annotate/dates/locales/en/resolvers/leadPassages.js';
import type { Passage, PassageKind } from '../../../src/passages/types.js';

const passage = (articleId: string, n: number, kind: PassageKind = 'body'): Passage => ({
  id: `${articleId}#${n}`,
  articleId,
  paragraph: n,
  start: n * 10,
  end: n * 10 + 5,
  text: 'Text.',
  kind,
});

describe('leadPassages: the first body sentences of each article', () => {
  it('takes the first three body sentences of each article, skipping headlines and captions', () => {
    const passages = [
      passage('a', 0, 'headline'),
      passage('a', 1),
      passage('a', 2, 'caption'),
      passage('a', 3),
      passage('a', 4),
      passage('a', 5),
      passage('b', 0),
      passage('b', 1),
    ];
    expect([...leadPassages(passages)]).toEqual([
      ['a#1', 'a'],
      ['a#3', 'a'],
      ['a#4', 'a'],
      ['b#0', 'b'],
      ['b#1', 'b'],
    ]);
  });

  it('gives nothing for articles with no body sentence', () => {
    expect(leadPassages([passage('a', 0, 'headline'), passage('a', 1, 'caption')]).size).toBe(0);
  });
});
