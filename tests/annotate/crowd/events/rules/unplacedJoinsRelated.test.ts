import { describe, expect, it } from 'vitest';
import { EVENT_RULES, type EventRules } from '../../../../../src/annotate/crowd/locales/en/events/assign.js';
import { placesMeet } from '../../../../../src/annotate/crowd/locales/en/events/articlePlaces.js';
import { isNamed, largest, type ClusterRule } from '../../../../../src/annotate/crowd/locales/en/events/rules/cluster.js';
import { CLUSTER_RULES, splitByPlace, splitByPlaceWith } from '../../../../../src/annotate/crowd/locales/en/events/rules/splitByPlace.js';
import { unplacedJoinsRelated } from '../../../../../src/annotate/crowd/locales/en/events/rules/unplacedJoinsRelated.js';
import { article, crowdEventIdsOf } from '../../../../support/crowdEvents.js';

/** The reading this rule replaced: an unplaced claim joins the day's largest gathering, whichever article tells it. */
const joinsLargest: ClusterRule = {
  name: 'joins-largest',
  reason: 'the former reading, for comparison',
  apply(day, clusters) {
    const placed = new Set(clusters.flatMap((c) => c.members));
    const unplaced = day.filter((c) => !isNamed(c) && !c.place?.national && !placed.has(c));
    if (!unplaced.length) return;
    const target = largest(clusters);
    if (target) target.members.push(...unplaced);
    else clusters.push({ keys: new Set(), members: unplaced });
  },
};
const FORMER: EventRules = {
  ...EVENT_RULES,
  day: EVENT_RULES.day.map((r) => (r === splitByPlace ? splitByPlaceWith(CLUSTER_RULES.map((c) => (c === unplacedJoinsRelated ? joinsLargest : c))) : r)),
};

// two strikes of one day in two countries, told by two unrelated wire stories; the second names no place in its sentence
const TWO_STRIKES = {
  'a.md': article('1987-03-16', 'About 6,000 miners went on strike at the Grootvlei gold mine near Johannesburg on Monday, the union said.'),
  'b.md': article('1987-03-16', 'About 9,000 miners went on strike on Monday to press for higher wages, Bolivian union leaders said.'),
};
// the same, a dockers' strike and a march of another country's capital
const DOCKERS_AND_MARCH = {
  'a.md': article('1987-06-19', 'Yesterday tens of thousands of demonstrators took to the streets of Seoul, demanding the resignation of the president.'),
  'b.md': article('1987-06-19', "Yesterday 3,500 dockworkers went on strike to demand wage increases, a spokesman for Brazil's dockers said."),
};
// one march told by two publishers: the second writes the country's people, the first the country
const ONE_MARCH = {
  'a.md': article('2020-01-25', 'Hundreds of thousands of people marched through Baghdad on Friday, the largest protest in Iraq this year.'),
  'b.md': article('2020-01-25', 'About 1 million Iraqis joined the march on Friday, its organisers said.'),
};
// one march, the second report naming no place at all: nothing tells them apart
const NO_PLACE_READ = {
  'a.md': article('2019-06-10', 'Hundreds of thousands of people marched through Hong Kong on Sunday against the extradition bill.'),
  'b.md': article('2019-06-12', 'On Sunday, organisers claimed that more than a million people marched against the bill.'),
};
// an unplaced count of an article stays with its own article's gathering, though another article's is larger
const OWN_ARTICLE = {
  'a.md': article('2023-03-13', 'In Porto, 20,000 teachers marched on Saturday.\n\nIn Porto, about 15,000 people rallied on Saturday.'),
  'b.md': article('2023-03-13', 'In Lisbon, 5,000 teachers marched on Saturday.\n\nAbout 2,000 people joined the march on Saturday, police said.'),
};

describe('the cluster rule unplaced-joins-related', () => {
  // [story, files, each claim's gathering id, whether it reads otherwise than joining the day's largest gathering]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['two strikes in two countries', TWO_STRIKES, ['About 6,000 → 1987-03-16:grootvlei', 'About 9,000 → 1987-03-16:unplaced'], true],
    ['a march in Seoul, a strike of Brazil', DOCKERS_AND_MARCH, ['tens of thousands → 1987-06-18:seoul', '3,500 → 1987-06-18:unplaced'], true],
    [
      'an unplaced count of its own article',
      OWN_ARTICLE,
      ['20,000 → 2023-03-11:porto', 'about 15,000 → 2023-03-11:porto', '5,000 → 2023-03-11:lisbon', 'About 2,000 → 2023-03-11:lisbon'],
      true,
    ],
    // negatives: one gathering told by two articles still joins
    ['one march, a country and its people', ONE_MARCH, ['Hundreds of thousands → 2020-01-24:baghdad', 'About 1 million → 2020-01-24:baghdad'], false],
    [
      'one march, no place read in the second report',
      NO_PLACE_READ,
      ['Hundreds of thousands → 2019-06-09:hong+kong', 'more than a million → 2019-06-09:hong+kong'],
      false,
    ],
  ];
  it.each(rows)('%s', async (_story, files, expected, differs) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const former = await crowdEventIdsOf(files, FORMER);
    if (differs) expect(former).not.toEqual(expected);
    else expect(former).toEqual(expected);
  });
});

describe("two articles' places meet", () => {
  // [one article's place keys, the other's, whether they meet]
  const rows: Array<[string[], string[], boolean]> = [
    [['baghdad', 'iraq'], ['iraqis'], true],
    [['brazil'], ['brazilian', 'rio'], true],
    [['grootvlei', 'johannesburg'], ['bolivian'], false],
    [['seoul', 'korean'], ['santos', 'rio', 'brazil'], false],
    // a key of three letters begins no other: "rio" is no stem of "rioja"
    [['rio'], ['rioja'], false],
  ];
  it.each(rows)('%j and %j: %s', (a, b, meet) => {
    expect(placesMeet(new Set(a), new Set(b))).toBe(meet);
  });
});
