import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../../src/annotate/crowd/index.js';
import { CLAIMANT_RULES, claimantOf } from '../../../../src/annotate/crowd/locales/en/claimant/claimantOf.js';
import type { ClaimantContext, ClaimantRule } from '../../../../src/annotate/crowd/locales/en/claimant/context.js';
import { accordingToAfter } from '../../../../src/annotate/crowd/locales/en/claimant/rules/accordingToAfter.js';
import { claimNounAfter } from '../../../../src/annotate/crowd/locales/en/claimant/rules/claimNounAfter.js';
import { closingAttribution } from '../../../../src/annotate/crowd/locales/en/claimant/rules/closingAttribution.js';
import { pronounClaimant } from '../../../../src/annotate/crowd/locales/en/claimant/rules/pronounClaimant.js';
import { saidNameAfter } from '../../../../src/annotate/crowd/locales/en/claimant/rules/saidNameAfter.js';
import { speechVerbBefore } from '../../../../src/annotate/crowd/locales/en/claimant/rules/speechVerbBefore.js';
import { tokenize } from '../../../../src/annotate/core/tokens.js';

/** [sentence, what the rule alone says of who gave its first figure: a claimant, null (no one), or undefined (no verdict)] */
type Row = [string, string | null | undefined];

function contextOf(text: string, pronoun: string | null = null): ClaimantContext {
  const tokens = tokenize(text);
  const q = findQuantities(text, tokens)[0]!;
  return { text, tokens, first: q.first, last: q.last, forecast: false, clauses: undefined, pronoun, ownerPronoun: undefined };
}

const TABLES: Array<[ClaimantRule, Row[]]> = [
  [
    speechVerbBefore,
    [
      ['Iraqi officials estimated that the crowd reached 500,000.', 'Iraqi officials'],
      ["The city's claim that 5 million attended was disputed.", 'The city'],
      ['The crowd was estimated by police at 30,000.', 'police'],
      // a quoted name is no clause break, and its quote marks are no part of it
      ['According to the "Committee for Free Speech", 12,000 people joined the march.', 'the Committee for Free Speech'],
      // a dash aside between the speaker and the verb is skipped
      ['Officials — who by policy did not give their names — estimated the crowd at 6,000.', 'Officials'],
      ['Officials – speaking on condition of anonymity – estimated the crowd at 6,000.', 'Officials'],
      // a participle right after the gathering it sizes is a passive with no agent, not a speaking crowd
      ['He spoke from his car to a crowd estimated at 3,000.', undefined],
      ['Police said a crowd estimated at 5,000 gathered in the square.', 'Police'],
      // the count is whom the speaker told or addressed: the speaker gave no figure (a 2008 news page)
      ["Jeff Page, Lyon County's emergency services director, told about 400 residents during a Monday night meeting.", undefined],
      ['The mayor addressed 5,000 people in the square.', undefined],
      // negative: the figure is not the verb's object
      ['Police told reporters that 5,000 people marched.', 'Police'],
      // negative: the active voice with its object, and "at least" after the verb
      ['Police estimated the crowd at 5,000.', 'Police'],
      ['Police estimated at least 5,000 people were there.', 'Police'],
      // negative: no speech verb before the figure in its clause
      ['About 5,000 people marched, police said.', undefined],
      // negative: a quoted slogan is a break: no claimant inside or across it
      ['Marchers chanted "down with them" as 5,000 people gathered.', undefined],
    ],
  ],
  [
    claimNounAfter,
    [
      ["About 20,000 people marched by the police's estimate.", 'the police'],
      ['About 20,000 people marched by their estimate.', undefined],
      ['About 20,000 people marched.', undefined],
    ],
  ],
  [
    accordingToAfter,
    [
      ['About 20,000 people marched, according to police.', 'police'],
      ["About 20,000 people marched, according to the city's governor, Karla Rubilar.", "the city's governor, Karla Rubilar"],
      ['About 20,000 people marched.', undefined],
    ],
  ],
  [
    saidNameAfter,
    [
      ['"About 20,000 people marched," said Maria Lopes, a spokeswoman for the union.', 'Maria Lopes, a spokeswoman for the union'],
      // negative: the speaker before the verb is for the closing attribution
      ['About 20,000 people marched, police said.', undefined],
      // negative: the word after "told" is the hearer, not the speaker (Reuters newswire of 1987, the development part)
      [
        "The walkout by Brazil's 40,000 seamen has idled 160 ships in various ports, Jorge Luis Leao Franco, a senior official of the National Merchant Marine Union, told Reuters.",
        undefined,
      ],
      ['About 500 workers struck the plant, the union told reporters.', undefined],
    ],
  ],
  [
    closingAttribution,
    [
      ['About 20,000 people marched, police said.', 'police'],
      ['About 20,000 people marched, organizers said on Friday.', 'organizers'],
      // the wire's long speakers, an abbreviation in brackets, a speaker in apposition before "told" (Reuters newswire
      // of 1987, the development part)
      [
        "About 220 men in Rotterdam port's grain sector stopped work this afternoon in an unofficial protest at the slow progress of negotiations over a new work practice agreement, a spokesman for the port and transport union FNV said.",
        'a spokesman for the port and transport union FNV',
      ],
      [
        'Some 7,000 black miners went on strike at South African gold and coal mines, the National Union of Mineworkers (NUM) said.',
        'the National Union of Mineworkers (NUM)',
      ],
      [
        'Some 7,000 black workers returned to work after staging one-day strikes at two mines on Monday, the National Union of Mineworkers and the companies that own the mines said.',
        'the National Union of Mineworkers and the companies that own the mines',
      ],
      [
        "The walkout by Brazil's 40,000 seamen has idled 160 ships in various ports, Jorge Luis Leao Franco, a senior official of the National Merchant Marine Union, told Reuters.",
        'a senior official of the National Merchant Marine Union',
      ],
      [
        'A strike by 9,000 miners employed by the state corporation Comibol has paralysed tin production in the major centers of Huanuni, Corocoro, Siglo, Catavi and Colquiri, the Conflicts Secretary of the Bolivian Miners Federation, Cristobal Aranibar, told Reuters.',
        'Cristobal Aranibar',
      ],
      // negative: the verb goes on to say something else
      ['About 20,000 people marched, and police said the march was peaceful and orderly.', undefined],
      [
        'Last year, Taiwanese breakers demolished a record 344 vessels totalling 3.69 million light displacement tons (ldt), up on 165 of 2.97 million ldt in 1985, Lin Chung-jung, a Taiwan Shipbreaking Industry Association (TSIA) spokesman, told Reuters.',
        'a Taiwan Shipbreaking Industry Association (TSIA) spokesman',
      ],
      // negative: a long run in a relative clause, an age in apposition
      [
        'Mexico is due to sign a 7.7 billion dlr loan on Friday that will be the first major facility under the Baker Plan, which called for net new bank lending between 1986 and 1988, a target that Morris Goldstein of the International Monetary Fund said is now optimistic.',
        undefined,
      ],
      ['About 5,000 people marched, Maria Lopes, 38, said.', undefined],
      // negative: a long run opening as a clause is no speaker, and brackets not right before the verb are a break
      [
        "The strike by members of the National Association of Broadcast Employees (NABET), representing 2,800 of NBC's 8,000 workers, began at 12:01 A.M. (0401 GMT) after the network imposed a contract which the union said was unacceptable.",
        undefined,
      ],
    ],
  ],
];

describe.each(TABLES.map(([rule, rows]) => [rule.name, rule, rows] as const))('the claimant rule %s', (_name, rule, rows) => {
  it.each(rows)('%j -> %j', (text, expected) => {
    expect(rule.find(contextOf(text))).toEqual(expected);
  });
});

describe('the claimant rule pronoun-claimant', () => {
  it('gives the pronoun that spoke when nothing named did, and nothing else', () => {
    expect(pronounClaimant.find(contextOf('They said 5,000 came.', 'they'))).toBe('they');
    expect(pronounClaimant.find(contextOf('About 5,000 came.'))).toBeUndefined();
    expect(claimantOf('They said 5,000 came.', tokenize('They said 5,000 came.'), 2, 2)).toBe('They');
  });

  it("runs last of the rules before the figure's own, in order", () => {
    expect(CLAIMANT_RULES.map((r) => r.name)).toEqual([
      'speech-verb-before',
      'claim-noun-after',
      'pronoun-claimant',
      'according-to-after',
      'said-name-after',
      'closing-attribution',
    ]);
  });
});
