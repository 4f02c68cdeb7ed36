import { describe, expect, it } from 'vitest';
import { ENTITY_RULES } from '../../../src/annotate/names/entities.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { writeCorpus } from '../../support/corpus.js';
import { article } from '../../support/crowdEvents.js';

/** What one article's entities are, "name kind: aliases" (sentences shaped on the readable splits, names paraphrased). */
async function entitiesOf(text: string): Promise<string[]> {
  const { corpus } = await loadCorpus(writeCorpus({ 'a.md': article('2017-05-02', text) }), { snapshot: false });
  return corpus.annotations.entities.map((e) => `${e.name} ${e.kind}: ${e.aliases.join(', ')}`).sort();
}

describe('the entity rule organization-opening-in-article', () => {
  it('is registered with the entity rules', () => {
    expect(ENTITY_RULES.map((r) => r.name)).toContain('organization-opening-in-article');
  });

  it.each([
    [
      // a coalition named with what it is "of", then without it
      'The Justice Coalition of Greater Harlow organized the march. The Justice Coalition says 400 people joined.',
      'Justice Coalition of Greater Harlow organization: Justice Coalition',
    ],
    [
      // a body named with what it is "of", then without it
      'The Police Federation of England and Wales said officers were exhausted. The Police Federation wants more pay.',
      'Police Federation of England and Wales organization: Police Federation',
    ],
    [
      // a company named with its legal suffix, then without it
      'Shares of Marlow Corp fell on Monday. Marlow had warned of a loss in March.',
      'Marlow Corp organization: Marlow',
    ],
  ])('joins the short form: %s', async (text, entity) => {
    expect(await entitiesOf(text)).toContain(entity);
  });

  it.each([
    [
      // negative: an acronym opening a longer name is its owner, another body
      'The UN Security Council met on Monday. The UN said aid was blocked at the border.',
      'UN Security Council organization: UN',
    ],
    [
      // negative: a body of its own is no short form of the longer body it owns
      'Harvard University Press printed the study. Harvard University said nothing about it.',
      'Harvard University Press organization: Harvard University',
    ],
    [
      // negative: two bodies open with the word, so it stands for neither
      'Corlen University said the strike was over. Corlen Hospital said nurses were back. Corlen declined to comment.',
      'Corlen University organization: Corlen',
    ],
    [
      // negative: a union named for a town, the town written alone with no body's evidence
      'The Valmera Dockers Union called the strike. Ships stayed out of Valmera all week.',
      'Valmera Dockers Union organization: Valmera',
    ],
    [
      // negative: a short form with no body's evidence of its own (a university's town or founder, a people, a product)
      'Students at Corlen University walked out on Tuesday. About 300 gathered at the gates, and Corlen later agreed to talks.',
      'Corlen University organization: Corlen',
    ],
    [
      // negative: a body the lexicon knows by that name is one of its own, not its foundation
      'The Mattel Foundation funded the study. Mattel said sales of its dolls rose.',
      'Mattel Foundation organization: Mattel',
    ],
    [
      // negative: a body's name run together with the next name is no fuller form of it
      'Flights of British Airways were cancelled. A British Airways Boeing 777 was grounded at Heathrow.',
      'British Airways Boeing organization: British Airways',
    ],
    [
      // negative: the short form is a person's given name there
      'Morgan Hale said the firm would appeal. Morgan Hale Partners declined to comment, and Morgan left early.',
      'Morgan Hale Partners organization: Morgan',
    ],
  ])('leaves it alone: %s', async (text, joined) => {
    expect(await entitiesOf(text)).not.toContain(joined);
  });
});
