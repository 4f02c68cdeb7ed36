import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../src/annotate/crowd/index.js';
import { annotateDates } from '../../src/annotate/dates/index.js';
import { annotateEntities } from '../../src/annotate/names/index.js';
import { explainClaim, explainGathering, type ClaimInstance } from '../../src/explain/crowd.js';
import { explainDate } from '../../src/explain/dates.js';
import { REGISTRIES, type Explanation } from '../../src/explain/explanation.js';
import { explainEntity } from '../../src/explain/names.js';
import { articleOf, articlePassages, sentence } from '../support/annotate.js';

const RULE_NAMES = new Set(REGISTRIES.flatMap((r) => r.names()));

/** Every explanation names a rule the registries hold and says one non-empty thing. */
function expectNamed(explanations: Explanation[]): void {
  for (const e of explanations) {
    expect(RULE_NAMES, e.rule).toContain(e.rule);
    expect(e.text.trim().length, e.rule).toBeGreaterThan(10);
  }
}

/** The explanations of the date written `phrase` in `text`, in a report published on `published`. */
function explainPhrase(text: string, published: string, phrase: string): Explanation[] {
  const passage = sentence(text);
  const mention = annotateDates([articleOf('t', published)], [passage]).find((m) => m.text === phrase);
  if (!mention) return [];
  const explanations = explainDate({ mention, sentence: passage, published });
  expectNamed(explanations);
  return explanations;
}

describe('the words of a date rule, on real sentences', () => {
  it.each([
    [
      'Thousands marched on Friday in the capital.',
      '2020-01-24',
      'Friday',
      'calendar-date',
      "'Friday' in a report of Friday 24 January 2020, told in the past: the latest Friday on or before publication, Friday 24 January 2020",
    ],
    [
      'Unions said they will strike on Friday.',
      '2020-01-22',
      'Friday',
      'calendar-date',
      "'Friday' in a report of Wednesday 22 January 2020, told as something ahead: the first Friday on or after publication, Friday 24 January 2020",
    ],
    [
      'Farmers blocked the road last Friday.',
      '2020-01-24',
      'last Friday',
      'calendar-date',
      "'last Friday' in a report of Friday 24 January 2020, 'last': the Friday before publication, Friday 17 January 2020",
    ],
    [
      'The march took place on 3 January 2020.',
      '2020-02-10',
      '3 January 2020',
      'calendar-date',
      "'3 January 2020' writes its date in full: Friday 3 January 2020, whenever the report was published",
    ],
    [
      'He is seen as the mastermind behind the devastating Oct. 7 attack.',
      '2024-08-08',
      'Oct. 7',
      'calendar-date',
      "'Oct. 7' in a report of Thursday 8 August 2024, naming a thing known only once it happened ('attack'): no year is written, so the year that puts it nearest publication that way, Saturday 7 October 2023",
    ],
    [
      'The candidates will debate in one week.',
      '2024-09-03',
      'in one week',
      'counted-ahead',
      "'in one week' in a report of Tuesday 3 September 2024: counted from publication, Tuesday 10 September 2024",
    ],
    [
      'Crowds gathered two days ago.',
      '2020-01-24',
      'two days ago',
      'units-ago',
      "'two days ago' in a report of Friday 24 January 2020: counted from publication, Wednesday 22 January 2020",
    ],
  ])('%s (%s): %s', (text, published, phrase, rule, expected) => {
    expect(explainPhrase(text, published, phrase)).toEqual([{ rule, text: expected }]);
  });

  it('a rule with no sentence of its own says its reason after the words it read', () => {
    const [weekend] = explainPhrase('Protesters returned last weekend.', '2020-01-24', 'last weekend');
    expect(weekend).toEqual({
      rule: 'weekend',
      text: "'last weekend' in a report of Friday 24 January 2020: counted from publication, the week of Monday 13 January 2020",
    });
  });

  it('negative: a phrase no rule dates has nothing to explain, and rules no registry holds are left out', () => {
    expect(explainPhrase('Organisers hope the march will grow.', '2020-01-24', 'march')).toEqual([]);
    const passage = sentence('They met on Friday.');
    const mention = { ...annotateDates([articleOf('t', '2020-01-24')], [passage])[0]!, rules: ['no-such-rule'] };
    expect(explainDate({ mention, sentence: passage, published: '2020-01-24' })).toEqual([]);
  });
});

/** The explanations of the claim written `figure` in `text`. */
function claimExplained(text: string, figure: string): Explanation[] {
  const claim = findCrowdClaims(sentence(text)).find((c) => c.text === figure);
  if (!claim) return [];
  const explanations = explainClaim({ claim, published: '2020-01-24' });
  expectNamed(explanations);
  return explanations;
}

describe('the words of a claim and claimant rule, on real sentences', () => {
  it.each([
    [
      'Police said 5,000 protesters marched through the city.',
      '5,000',
      [
        ['people-noun', "'5,000' counts 'protesters', people who gathered: a crowd's size"],
        ['speech-verb-before', "'Police' is the subject of the nearest speech verb before '5,000' in its clause: the claimant"],
      ],
    ],
    [
      'About 20,000 people joined the rally, according to organisers.',
      'About 20,000',
      [
        ['people-noun', "'About 20,000' counts 'people', people who gathered: a crowd's size"],
        ['according-to-after', "'according to organisers' after 'About 20,000' names its source"],
      ],
    ],
    [
      'Organisers expected 50,000 people at the rally.',
      '50,000',
      [
        ['people-noun', "'50,000' counts 'people', people who gathered: a crowd's size"],
        ['forecast', "'50,000' is what someone expects, not a count of who came: shown apart, outside the range"],
        ['speech-verb-before', "'Organisers' is the subject of the nearest speech verb before '50,000' in its clause: the claimant"],
      ],
    ],
  ])('%s', (text, figure, expected) => {
    expect(claimExplained(text, figure).map((e) => [e.rule, e.text])).toEqual(expected);
  });

  it('negative: a figure that is no crowd is no claim, and a claim no one gave has no claimant rule', () => {
    expect(claimExplained('The storm killed 5,000 cattle.', '5,000')).toEqual([]);
    const own = claimExplained('Thousands of protesters marched through the city.', 'Thousands');
    expect(own.map((e) => e.rule)).toEqual(['people-noun']);
  });
});

describe('the words of a gathering rule, with the claims it touched', () => {
  const claim = (text: string, rules: string[]): ClaimInstance => ({
    claim: { text, counted: 'people', claimant: null, forecast: false, rules },
    published: '2020-01-24',
  });

  it.each([
    [
      [claim('5,000', ['people-noun', 'sentence-day', 'shared-place-name'])],
      [
        ['sentence-day', "march in Lisbon: its claim ('5,000'): dated by a day in the claim's own sentence, Friday 24 January 2020"],
        [
          'shared-place-name',
          'march in Lisbon: its claim (\'5,000\'): claims of one day whose places share a name ("in Baghdad", "outside the embassy in Baghdad") are one gathering; places with nothing in common, or only a kind of place ("university", "Israeli consulate") beside names of their own, are different gatherings',
        ],
      ],
    ],
    [
      [claim('5,000', ['people-noun', 'sentence-day']), claim('8,000', ['people-noun', 'publication-day'])],
      [
        ['sentence-day', "march in Lisbon: 1 of its 2 claims ('5,000'): dated by a day in the claim's own sentence, Friday 24 January 2020"],
        ['publication-day', "march in Lisbon: 1 of its 2 claims ('8,000'): no day in the text, so the report's own day, Friday 24 January 2020"],
      ],
    ],
  ])('%#', (claims, expected) => {
    const explanations = explainGathering({ label: 'march in Lisbon', date: '2020-01-24', claims });
    expectNamed(explanations);
    expect(explanations.map((e) => [e.rule, e.text])).toEqual(expected);
  });

  it('negative: the claim rules are the claim’s, not the gathering’s', () => {
    expect(explainGathering({ label: 'march in Lisbon', date: null, claims: [claim('5,000', ['people-noun', 'speech-verb-before'])] })).toEqual([]);
  });
});

describe('the words of a name rule, on a real article', () => {
  const passages = articlePassages([
    ['Union leader Maria Okonkwo said the strike would go on.', 'Okonkwo told reporters that workers were angry.'],
    ['The Dockworkers Federation (DWF) backed the strike.', 'The DWF said it would pay strikers.'],
  ]);
  const entities = annotateEntities([articleOf('a', '2020-01-24')], passages);
  const explained = (name: string) => {
    const entity = entities.find((e) => e.name === name);
    expect(entity, name).toBeDefined();
    const explanations = explainEntity(entity!);
    expectNamed(explanations);
    return explanations;
  };

  it('a person: found as a name, weighed a person, a short form joined, a role read', () => {
    const texts = explained('Maria Okonkwo');
    expect(texts).toContainEqual({ rule: 'capitalised-run', text: "'Maria Okonkwo' is a run of capitalised words that no span refiner dropped" });
    expect(texts).toContainEqual({
      rule: 'short-form-in-article',
      text: "'Okonkwo', in its article, is the shorter form of the one fuller name there ending the same way, and so 'Maria Okonkwo'",
    });
    expect(texts).toContainEqual({
      rule: 'role-words',
      text: "'Union leader' is a role the words around 'Maria Okonkwo' give it (a title, a description, an appositive)",
    });
  });

  it('an organisation: its acronym joined by the name in parentheses', () => {
    const texts = explained('Dockworkers Federation');
    expect(texts.map((e) => e.rule)).toContain('alias-in-parentheses');
    expect(texts.find((e) => e.text.startsWith("'DWF'"))?.text).toMatch(
      /^'DWF' is written in parentheses right after another of 'Dockworkers Federation''s names|^'DWF' and 'Dockworkers Federation' are an acronym/,
    );
  });

  it('negative: a name written one way has no spelling to explain', () => {
    const texts = explainEntity({ name: 'Maria Okonkwo', kind: 'person', rules: ['capitalised-run'], spellings: [], roles: [] });
    expect(texts.map((e) => e.rule)).toEqual(['capitalised-run']);
  });
});
