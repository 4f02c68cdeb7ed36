import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../../src/annotate/core/rules.js';
import { EVENT_RULES, type EventRules } from '../../../../src/annotate/crowd/locales/en/events/assign.js';
import { ownClausePlace } from '../../../../src/annotate/crowd/locales/en/events/rules/ownClausePlace.js';
import { sizeChangePlace } from '../../../../src/annotate/crowd/locales/en/events/rules/sizeChangePlace.js';
import { joinedGathering, opposedGathering } from '../../../../src/annotate/crowd/locales/en/events/rules/opposedGathering.js';
import { sectionDay } from '../../../../src/annotate/crowd/locales/en/events/rules/sectionDay.js';
import { headlineJoinsBody } from '../../../../src/annotate/crowd/locales/en/events/rules/headlineJoinsBody.js';
import { CLUSTER_RULES, splitByPlace, splitByPlaceWith } from '../../../../src/annotate/crowd/locales/en/events/rules/splitByPlace.js';
import { samePlaceKeys } from '../../../../src/annotate/crowd/locales/en/events/specificKeys.js';
import { article, crowdEventIdsOf, crowdEventsOf, eventRulesWithout } from '../../../support/crowdEvents.js';

/**
 * Each event rule on a story where it decides (`matters`: the gatherings differ without it) or where it
 * must change nothing: [the story's files, each claim's gathering "figure → label @ date", matters].
 */
type Row = [string, Record<string, string>, string[], boolean];

const YEAR = { 'a.md': article('2016-11-08', 'About 2 million fans had attended a 2005 parade for the White Sox, the Chicago Tribune reported.') };
const IZMIR = {
  'a.md': article(
    '2016-08-08',
    'Thousands of people gathered in Izmir on Sunday (police: 40,000; organisers: 90,000), a day after a rally in Manisa drew 2,000 people on Saturday.',
  ),
};
const PENSIONS = {
  'a.md': article(
    '2023-01-20',
    `PARIS (SD) — More than a million people marched across France on Thursday, January 19, against the pension reform, the interior ministry said.

The hard-left CGT union said more than 2 million took part nationwide, including 400,000 in Paris, where police counted 80,000.`,
  ),
};
const BASTILLE = {
  'a.md': article(
    '2023-01-20',
    'On Thursday the union said more than 2 million took part nationwide, including 400,000 in Paris, where crowds marched to the Bastille.',
  ),
};
const SANTIAGO = {
  'raw.txt': `Chile protests: a million people march in Santiago
Huge peaceful rally follows a week of unrest over inequality
Sat 26 Oct 2019 03.12 BST
More than a million people took to the streets of Chile's capital on Friday in the largest demonstration since the return to democracy, according to the city's governor, Karla Rubilar.
`,
};
const RIVERTON = {
  'raw.txt': `40,000 march against the new law in Riverton
Sat 2 Jul 2005
RIVERTON--About 40,000 people rallied at Lincoln Park on the city's South Side on Friday in opposition to the new law.
`,
};
const WASHINGTON = {
  'a.md': article('2017-01-21', 'Hundreds of thousands of people marched in Washington on Saturday.'),
  'b.md': article('2017-01-24', 'The Washington march, which some estimates put at 470,000, was the largest in years.'),
};
const LISBON = { 'a.md': article('2023-03-13', 'On Saturday, thousands marched through Lisbon.\n\nIn Porto, about 5,000 people rallied on Saturday.') };
const BRIEFING = {
  'a.md': article(
    '2024-02-03',
    'Farmers blocked roads on Monday.\n\nPolice counted 900 tractors, a spokesperson told reporters on Tuesday. About 3,000 farmers marched, police said.',
  ),
};
const TWO_DAYS = {
  'a.md': article(
    '2023-03-13',
    'On Friday, police said the vigil was calm. Thousands of teachers and parents marched through the old town of Lisbon on Saturday.',
  ),
};
const WEEKEND = {
  'a.md': article(
    '2023-03-13',
    'Protesters rallied on Friday. Protesters rallied again on Friday evening.\n\nTeachers marched on Saturday. About 5,000 joined them in Lisbon, police said.',
  ),
};
const UNDATED = { 'a.md': article('2023-03-13', 'About 5,000 people marched through Lisbon, police said.') };
const CONSULATES = {
  'a.md': article(
    '2023-04-10',
    'In Morvale, 600 rallied at the Israeli Consulate on Friday.\n\n"We will be back." In Daleport, a demonstration of 4,000 marched to the Israeli consulate on Friday.',
  ),
};
const ONE_CONSULATE = { 'a.md': article('2023-04-10', 'In Morvale, 600 rallied at the Morvale Consulate on Friday.') };
const CAMPUSES = {
  'a.md': article(
    '2023-04-10',
    'On Friday, 250 students gathered at the University of Norland-Davis.\n\nOn Friday, 350 students rallied at the University of Westmark-Madison.',
  ),
};
const UNDATED_TWO = {
  'a.md': '---\ntitle: Strike\npublisher: Test Wire\n---\nHundreds of workers are striking at the Morvale airport.\n',
  'b.md': '---\ntitle: Protest\npublisher: Test Wire\n---\nThe demonstrations saw as many as 100,000 people.\n',
};
const MARSEILLE = {
  'a.md': article(
    '2023-01-20',
    'More than 2 million people took part nationwide on Thursday, unions said.\n\nIn Marseille, 30,000 people marched, police said.',
  ),
};

const WEEK_LATER = {
  'a.md': article('2023-05-20', 'In Morvale, 400 teachers rallied on May 6 -- and another 900 came together in the market square a week later.'),
};
const NEXT_DAY = {
  'a.md': article(
    '2023-05-20',
    // Four paragraphs of quotes: past the dates extractor's own look-back (context-lookback, three paragraphs), so the day is the gathering's.
    'On May 9, 300 students gathered at Norland College.\n\n"We will not stop," one student said.\n\n"Nor will we," said another.\n\n"They must listen," a third said.\n\n"We are many," a fourth said.\n\nThe next day, 150 students attended a teach-in.',
  ),
};
const NEXT_DAY_DATED = {
  'a.md': article('2023-05-20', 'On May 9, 300 students gathered at Norland College.\n\nThe next day, May 10, 150 students attended a teach-in.'),
};
const SCENE = {
  'a.md': article(
    '2023-06-12',
    'In Turin, 300 people marched on Saturday.\n\nThe protests reached a high point in Graz after the mayor spoke on Saturday. Hundreds of people turned out to cheer him.',
  ),
};
const SCENE_APART = {
  'a.md': article(
    '2023-06-12',
    'In Turin, 300 people marched on Saturday.\n\nThe mayor of Graz spoke on Saturday.\n\nHundreds of people turned out to cheer him.',
  ),
};
// reports written in sections by place: headings, and list items opening with their city
const HEADINGS = {
  'a.md': article(
    '2023-06-12',
    'Activists held protests at Italian consulates in several cities on Saturday.\n\nTurin\n\nAbout 300 people rallied at the Italian Consulate on Saturday.\n\nGraz\n\nAbout 200 people picketed the Italian Consulate on Saturday.',
  ),
};
const LIST_ITEMS = {
  'a.md': article(
    '2023-06-12',
    'Protests were held in many cities on Saturday.\n\n-- In Turin, 300 people marched to the town hall on Saturday.\n\nSome 50 people attended a vigil in the evening.\n\n-- In Graz, 200 people rallied on Saturday.\n\nAbout 40 people attended a meeting afterwards.',
  ),
};
const SHORT_SENTENCE = {
  'a.md': article(
    '2023-06-12',
    'Protests were held in many cities on Saturday.\n\nGraz\n\nAbout 200 people rallied on Saturday.\n\nBe there.\n\nAbout 40 people attended a meeting afterwards.\n\nTurin\n\nAbout 300 people marched on Saturday.',
  ),
};
const NOT_A_PLACE = {
  'a.md': article(
    '2023-06-12',
    'Protests were held in many cities on Saturday.\n\n-- In Turin, 300 people marched to the town hall on Saturday.\n\nWhat you can do\n\nAbout 40 people attended a meeting afterwards.',
  ),
};
const OWN_PLACE = {
  'a.md': article(
    '2023-06-12',
    'Protests were held in many cities on Saturday.\n\n-- In Turin, 300 people marched on Saturday.\n\nAbout 40 people drove to Lyon and rallied in Lyon on Saturday.',
  ),
};
const SEMICOLONS = {
  'a.md': article('2023-06-12', 'In Turin, 3,000 marched on Saturday; in Graz, more than 500 marched; and in Lyon, more than 200 rallied.'),
};
const AND_IN = {
  'a.md': article('2023-06-12', 'In Turin, 3,000 marched on Saturday, chanting "No more," and in Graz, nearly 500 had gathered before noon.'),
};
const AND_LATER = {
  'a.md': article('2023-06-12', 'On Saturday, 3,000 people marched in Turin, and in the evening 200 of them held a vigil by the river.'),
};
const SWELLED = {
  'a.md': article(
    '2023-06-12',
    'On Saturday, some 20,000 protesters marched through the streets of Turin to the Piazza Verdi, where the crowd swelled to about 50,000 people.',
  ),
};
const SWELLED_APART = {
  'a.md': article('2023-06-12', 'On Saturday, some 20,000 protesters marched through Turin. In Graz, the crowd swelled to about 500 people on Saturday.'),
};
const COUNTERED = {
  'a.md': article('2023-07-17', 'In Morvale, 50 antiracist protesters turned out on Saturday to counter an anti-immigrant protest of 25.'),
};
const PROTESTED_CROWD = {
  'a.md': article('2023-07-17', '-- On July 15, 150 people in Morvale gathered at the city hall to protest some 2,000 pipeline supporters.'),
};
const PROTESTED_ARREST = {
  'a.md': article('2023-07-17', '-- On July 15, 150 people in Morvale gathered at the city hall to protest the arrest of 40 activists.'),
};
const FORUM_DAY = {
  'a.md': article(
    '2023-03-23',
    'On March 13, a tenants group organized a forum at the Grace Church in Morvale. An extremely diverse crowd of around 700 people came to hear the tenants.\n\nOn March 17, more than 600 turned out for a rally in Daleport.\n\nOn March 17, 200 marched in Daleport.',
  ),
};
const BRIEFING_DAY = {
  'a.md': article(
    '2023-03-23',
    'On March 13, the police chief spoke at a news conference in Morvale. An extremely diverse crowd of around 700 people came to the square.\n\nOn March 17, more than 600 turned out for a rally in Daleport.\n\nOn March 17, 200 marched in Daleport.',
  ),
};
// Quotes fill three paragraphs: the dates' own context-lookback reaches no further, so this rule alone dates "The next day".
const NEXT_DAY_RALLY = {
  'a.md': article(
    '2023-03-23',
    'On March 13, 700 people rallied at the Grace Church in Morvale.\n\nOne asked, "Why is it that we are treated like this?"\n\nAnother said the letters had stopped coming.\n\nA third said her brother had not called in weeks.\n\nThe next day the coalition organized a rally outside the agency in Morvale. More than 100 people showed up.\n\nOn March 17, more than 600 turned out for a rally in Daleport.\n\nOn March 17, 200 marched in Daleport.',
  ),
};
const DATED_RALLY = {
  'a.md': article(
    '2023-03-23',
    'On March 13, 700 people rallied at the Grace Church in Morvale.\n\nOn March 15 the coalition organized a rally outside the agency in Morvale. More than 100 people showed up.\n\nOn March 17, more than 600 turned out for a rally in Daleport.\n\nOn March 17, 200 marched in Daleport.',
  ),
};
const AFTER_MARCH = {
  'a.md': article(
    '2023-04-07',
    'The walkouts began on the Monday after the 1 million-strong march through Morvale.\n\nOn March 30, 1,500 people rallied in Morvale.',
  ),
};
const AFTER_PACKED = {
  'a.md': article('2023-04-07', 'In Morvale, organizers halted the march on March 30 after an estimated 5,000 people packed the rally site.'),
};
const AFTER_THE_MARCH = {
  'a.md': article('2023-04-07', 'After the march on March 30, 5,000 people rallied in Morvale.\n\nOn March 30, 1,500 people rallied in Morvale.'),
};
const JOINED_DEMONSTRATION = {
  'a.md': article(
    '2023-05-03',
    'In Morvale, 350 students walked out of class on May 1 for a rally on campus, followed by a march downtown, where they joined a demonstration of 200.',
  ),
};
const JOINED_BY = {
  'a.md': article('2023-05-03', 'In Morvale, 350 students walked out of class on May 1 and were joined by 200 teachers.'),
};
const LATER_THAT_WEEK = {
  'a.md': article(
    '2023-07-27',
    '-- In Morvale, more than 40 people rallied at the consulate on July 23.\n\nLater that week, 120 people attended a meeting in Morvale.',
  ),
};
const LATER_THAT_DAY = {
  'a.md': article(
    '2023-07-27',
    '-- In Morvale, more than 40 people rallied at the consulate on July 23.\n\nLater that day, 120 people attended a rally in Morvale.',
  ),
};
const FACED_BY_POLICE = {
  'a.md': article('2023-07-17', 'In Morvale, police faced 5,000 protesters on Saturday.\n\nThe crowd in Morvale later grew to 8,000.'),
};
const SECTION_DAYS = {
  'a.md': article(
    '2023-07-21',
    '-- In Turin, 10,000 marchers endured the heat on July 19.\n\nThousands of workers turned out to the march.\n\n-- In Graz, 50 protesters rallied on July 14.\n\n-- In Lyon, 120 people gathered on July 14.',
  ),
};
const NO_SECTIONS = {
  'a.md': article(
    '2023-07-21',
    'In Turin, 10,000 marchers endured the heat on July 19.\n\nThousands of workers turned out to the march.\n\nIn Graz, 50 protesters rallied on July 14.\n\nIn Lyon, 120 people gathered on July 14.',
  ),
};
const ROWS: Array<[Rule, Row[]]> = [
  [
    sectionDay,
    [
      [
        "a list item's day",
        SECTION_DAYS,
        [
          '10,000 → march in Turin @ 2023-07-19',
          'Thousands → march in Turin @ 2023-07-19',
          '50 → rally in Graz @ 2023-07-14',
          '120 → gathering in Lyon @ 2023-07-14',
        ],
        true,
      ],
      // negative: a report not written in sections
      [
        'no sections',
        NO_SECTIONS,
        [
          '10,000 → gathering in Turin @ 2023-07-19',
          'Thousands → march in Graz @ 2023-07-14',
          '50 → march in Graz @ 2023-07-14',
          '120 → gathering in Lyon @ 2023-07-14',
        ],
        false,
      ],
    ],
  ],
  [
    sizeChangePlace,
    [
      [
        'a crowd that swelled where it went',
        SWELLED,
        ['some 20,000 → march through the streets of Turin @ 2023-06-10', 'about 50,000 → march through the streets of Turin @ 2023-06-10'],
        true,
      ],
      // negative: the size change in another sentence, at a place of its own
      [
        'a crowd that swelled in another city',
        SWELLED_APART,
        ['some 20,000 → march through Turin @ 2023-06-10', 'about 500 → gathering in Graz @ 2023-06-10'],
        false,
      ],
    ],
  ],
  [
    ownClausePlace,
    [
      [
        'clauses joined by semicolons, each at its place',
        SEMICOLONS,
        ['3,000 → march in Turin @ 2023-06-10', 'more than 500 → march in Graz @ 2023-06-10', 'more than 200 → rally in Lyon @ 2023-06-10'],
        true,
      ],
      ['", and in Graz, …" after a quotation', AND_IN, ['3,000 → march in Turin @ 2023-06-10', 'nearly 500 → march in Graz @ 2023-06-10'], true],
      // negative: "and in the evening" opens no clause at a place of its own
      ['", and in the evening"', AND_LATER, ['3,000 → march in Turin @ 2023-06-10'], false],
    ],
  ],
  [
    EVENT_RULES.locate[10]!,
    [
      ['the scene put in Graz a sentence before', SCENE, ['300 → march in Turin @ 2023-06-10', 'Hundreds → gathering in Graz @ 2023-06-10'], true],
      // negative: the place is named in another paragraph
      ['Graz a paragraph before', SCENE_APART, ['300 → march in Turin @ 2023-06-10', 'Hundreds → march in Turin @ 2023-06-10'], false],
    ],
  ],
  [
    EVENT_RULES.locate[11]!,
    [
      [
        "a consulate under each city's heading",
        HEADINGS,
        ['About 300 → rally at the Italian Consulate in Turin @ 2023-06-10', 'About 200 → gathering in Graz @ 2023-06-10'],
        true,
      ],
      [
        'list items opening with their city',
        LIST_ITEMS,
        [
          '300 → march in Turin @ 2023-06-10',
          'Some 50 → march in Turin @ 2023-06-10',
          '200 → rally in Graz @ 2023-06-10',
          'About 40 → rally in Graz @ 2023-06-10',
        ],
        true,
      ],
      [
        'a short sentence is no heading: the section goes on',
        SHORT_SENTENCE,
        ['About 200 → rally in Graz @ 2023-06-10', 'About 40 → rally in Graz @ 2023-06-10', 'About 300 → march in Turin @ 2023-06-10'],
        true,
      ],
      // negative: a heading that names no place gives none; a claim's own place is kept
      ['a heading naming no place', NOT_A_PLACE, ['300 → march in Turin @ 2023-06-10', 'About 40 → march in Turin @ 2023-06-10'], false],
      ['a claim with a place of its own', OWN_PLACE, ['300 → march in Turin @ 2023-06-10', 'About 40 → rally in Lyon @ 2023-06-10'], false],
    ],
  ],
  [
    EVENT_RULES.locate[2]!,
    [
      ['"The next day" past a paragraph of quotes', NEXT_DAY, ['300 → gathering at Norland College @ 2023-05-09', '150 → gathering @ 2023-05-10'], true],
      // negative: the sentence gives its own day
      ['"The next day, May 10"', NEXT_DAY_DATED, ['300 → gathering at Norland College @ 2023-05-09', '150 → gathering @ 2023-05-10'], false],
    ],
  ],
  [
    EVENT_RULES.locate[1]!,
    [
      ['"Later that week"', LATER_THAT_WEEK, ['more than 40 → rally in Morvale @ 2023-07-23', '120 → gathering in Morvale @ undated'], true],
      // negative: "Later that day" counts a day, from the gathering before
      ['"Later that day"', LATER_THAT_DAY, ['more than 40 → rally in Morvale @ 2023-07-23', '120 → rally in Morvale @ 2023-07-23'], false],
    ],
  ],
  [
    EVENT_RULES.locate[0]!,
    [
      [
        'the march another happening is counted from',
        AFTER_MARCH,
        ['1 million → march through Morvale @ undated', '1,500 → rally in Morvale @ 2023-03-30'],
        true,
      ],
      // negative: a clause of time, whose crowd is the day's; the figure is the main clause's, after the phrase of time
      ['"halted the march after an estimated 5,000 people packed the rally site"', AFTER_PACKED, ['an estimated 5,000 → march in Morvale @ 2023-03-30'], false],
      [
        '"After the march on March 30, 5,000 people rallied"',
        AFTER_THE_MARCH,
        ['5,000 → rally in Morvale @ 2023-03-30', '1,500 → rally in Morvale @ 2023-03-30'],
        false,
      ],
    ],
  ],
  [
    EVENT_RULES.locate[3]!,
    [
      [
        '"The next day" in the sentence before',
        NEXT_DAY_RALLY,
        [
          '700 → rally at the Grace Church in Morvale @ 2023-03-13',
          'More than 100 → gathering in Morvale @ 2023-03-14',
          'more than 600 → march in Daleport @ 2023-03-17',
          '200 → march in Daleport @ 2023-03-17',
        ],
        true,
      ],
      // negative: the sentence before gives its own day
      [
        '"On March 15" in the sentence before',
        DATED_RALLY,
        [
          '700 → rally at the Grace Church in Morvale @ 2023-03-13',
          'More than 100 → gathering in Morvale @ 2023-03-15',
          'more than 600 → march in Daleport @ 2023-03-17',
          '200 → march in Daleport @ 2023-03-17',
        ],
        false,
      ],
    ],
  ],
  [
    EVENT_RULES.dating[3]!,
    [
      [
        'a forum the sentence before',
        FORUM_DAY,
        ['around 700 → gathering in Morvale @ 2023-03-13', 'more than 600 → march in Daleport @ 2023-03-17', '200 → march in Daleport @ 2023-03-17'],
        true,
      ],
      // negative: a news conference is no public event of the crowd
      [
        'a news conference the sentence before',
        BRIEFING_DAY,
        [
          'around 700 → gathering to the square in Morvale @ 2023-03-17',
          'more than 600 → march in Daleport @ 2023-03-17',
          '200 → march in Daleport @ 2023-03-17',
        ],
        false,
      ],
    ],
  ],
  [EVENT_RULES.locate[4]!, [['a 2005 parade', YEAR, ['About 2 million → 2005 parade @ 2005-01-01'], true]]],
  [
    EVENT_RULES.locate[6]!,
    [
      [
        'an aside after the Izmir count',
        IZMIR,
        [
          'Thousands → rally in Izmir @ 2016-08-07',
          '40,000 → rally in Izmir @ 2016-08-07',
          '90,000 → rally in Izmir @ 2016-08-07',
          '2,000 → rally in Manisa @ 2016-08-06',
        ],
        true,
      ],
      ['no aside', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
    ],
  ],
  [
    EVENT_RULES.locate[7]!,
    [
      [
        '"including 400,000 in Paris", then a march to the Bastille',
        BASTILLE,
        ['more than 2 million → march nationwide @ 2023-01-19', '400,000 → march in Paris @ 2023-01-19'],
        true,
      ],
      [
        '"including 400,000 in Paris", nothing after',
        PENSIONS,
        [
          'More than a million → march across France @ 2023-01-19',
          'more than 2 million → march across France @ 2023-01-19',
          '400,000 → gathering in Paris @ 2023-01-19',
          '80,000 → gathering in Paris @ 2023-01-19',
        ],
        false,
      ],
    ],
  ],
  [
    EVENT_RULES.dating[0]!,
    [
      ['a day in the sentence, another in the paragraph', TWO_DAYS, ['Thousands → march through the old town of Lisbon @ 2023-03-11'], true],
      // without the rule, relative-day counts "a week later" from the 400's day and agrees
      ['a day in each clause of the sentence', WEEK_LATER, ['400 → rally in Morvale @ 2023-05-06', '900 → rally in Morvale @ 2023-05-13'], false],
    ],
  ],
  [EVENT_RULES.dating[2]!, [['a day in the paragraph, another twice in the article', WEEKEND, ['About 5,000 → gathering in Lisbon @ 2023-03-11'], true]]],
  [EVENT_RULES.dating[6]!, [['no day in the text', UNDATED, ['About 5,000 → march through Lisbon @ 2023-03-13'], true]]],
  [
    EVENT_RULES.dating[5]!,
    [
      ['a briefing day in the paragraph', BRIEFING, ['About 3,000 → march @ 2024-01-30'], true],
      ['a day in the sentence itself', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
    ],
  ],
  [
    EVENT_RULES.dating[4]!,
    [["the article's gathering day", MARSEILLE, ['More than 2 million → gathering nationwide @ 2023-01-19', '30,000 → march in Marseille @ 2023-01-19'], true]],
  ],
  [
    EVENT_RULES.locate[9]!,
    [
      [
        'a consulate in each of two cities',
        CONSULATES,
        ['600 → rally at the Israeli Consulate in Morvale @ 2023-04-07', '4,000 → march to the Israeli consulate in Daleport @ 2023-04-07'],
        true,
      ],
      // negative: the opening place is already the gathering's
      ['one city named twice', ONE_CONSULATE, ['600 → rally at the Morvale Consulate @ 2023-04-07'], false],
    ],
  ],
  [
    EVENT_RULES.day[0]!,
    [
      ['two undated articles', UNDATED_TWO, ['Hundreds → gathering at the Morvale airport @ undated', 'as many as 100,000 → demonstration @ undated'], true],
      // negative: dated claims are grouped by day as before
      ['Lisbon and Porto on one day', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
    ],
  ],
  [
    splitByPlace,
    [
      [
        'two campuses sharing only "university"',
        CAMPUSES,
        ['250 → gathering at the University of Norland-Davis @ 2023-04-07', '350 → rally at the University of Westmark-Madison @ 2023-04-07'],
        true,
      ],
      ['Lisbon and Porto on one day', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], true],
      ['one place', YEAR, ['About 2 million → 2005 parade @ 2005-01-01'], false],
    ],
  ],
  [
    headlineJoinsBody,
    [
      [
        "a headline in Santiago over the streets of Chile's capital",
        SANTIAGO,
        ["a million → demonstration in Chile's capital @ 2019-10-25", "More than a million → demonstration in Chile's capital @ 2019-10-25"],
        true,
      ],
      ['no headline figure', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
      [
        "a headline repeating the body's figure, over a dateline and a park",
        RIVERTON,
        ['40,000 → march at Lincoln Park @ 2005-07-01', 'About 40,000 → march at Lincoln Park @ 2005-07-01'],
        true,
      ],
    ],
  ],
  [
    EVENT_RULES.group[0]!,
    [
      [
        '"The Washington march" three days later',
        WASHINGTON,
        ['Hundreds of thousands → march in Washington @ 2017-01-21', '470,000 → march in Washington @ 2017-01-21'],
        true,
      ],
      ['one day', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
    ],
  ],
];

describe.each(ROWS.map(([rule, rows]) => [rule.name, rule, rows] as const))('the event rule %s', (_name, rule, rows) => {
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventsOf(files)).toEqual(expected);
    const without = await crowdEventsOf(files, eventRulesWithout(rule));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});

/** The event rules with the cluster rules of split-by-place but `rule`. */
const clusterRulesWithout = (rule: Rule): EventRules => ({
  ...EVENT_RULES,
  day: EVENT_RULES.day.map((r) => (r === splitByPlace ? splitByPlaceWith(CLUSTER_RULES.filter((c) => c !== rule)) : r)),
});

const COUNTRY = {
  'a.md': article('2020-01-25', 'Thousands rallied in Kirkuk, Iraq, on Friday.\n\nIn Iraq, about 1 million people marched on Friday, officials said.'),
};
const UNPLACED = {
  'a.md': article('2023-03-13', 'On Saturday, thousands marched through Lisbon.\n\nAbout 5,000 people joined the march on Saturday, police said.'),
};

const ROUNDUP = {
  'a.md': article(
    '2023-06-12',
    'Rallies were held on Saturday.\n\nIn Turin, 300 people marched on Saturday. In Graz, 200 people rallied. In Lyon, 150 people gathered.\n\nElsewhere, 250 people attended a youth rally.',
  ),
};
const TWO_PLACES = {
  'a.md': article('2023-06-12', 'In Turin, 3,000 people marched on Saturday. In Graz, 200 people rallied.\n\nAbout 5,000 people took part, organisers said.'),
};

const CLUSTER_ROWS: Array<[Rule, Row[]]> = [
  [CLUSTER_RULES[0]!, [['Lisbon and Porto', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], true]]],
  [
    CLUSTER_RULES[1]!,
    [['in Kirkuk, Iraq, and in Iraq', COUNTRY, ['Thousands → march in Kirkuk @ 2020-01-24', 'about 1 million → march in Kirkuk @ 2020-01-24'], true]],
  ],
  [
    CLUSTER_RULES[2]!,
    [
      [
        'nationwide, with a march across France',
        PENSIONS,
        [
          'More than a million → march across France @ 2023-01-19',
          'more than 2 million → march across France @ 2023-01-19',
          '400,000 → gathering in Paris @ 2023-01-19',
          '80,000 → gathering in Paris @ 2023-01-19',
        ],
        true,
      ],
    ],
  ],
  [
    CLUSTER_RULES[3]!,
    [
      [
        'a youth rally with no place after three cities',
        ROUNDUP,
        ['300 → march in Turin @ 2023-06-10', '200 → rally in Graz @ 2023-06-10', '150 → gathering in Lyon @ 2023-06-10', '250 → rally @ 2023-06-10'],
        true,
      ],
      // negative: two places are no round-up, the unplaced count joins the largest
      [
        "an organisers' count after two cities",
        TWO_PLACES,
        ['3,000 → march in Turin @ 2023-06-10', '200 → rally in Graz @ 2023-06-10', 'About 5,000 → march in Turin @ 2023-06-10'],
        false,
      ],
    ],
  ],
  [
    CLUSTER_RULES[4]!,
    [
      ['a count with no place', UNPLACED, ['thousands → march through Lisbon @ 2023-03-11', 'About 5,000 → march through Lisbon @ 2023-03-11'], true],
      ['every count placed', LISBON, ['thousands → march through Lisbon @ 2023-03-11', 'about 5,000 → rally in Porto @ 2023-03-11'], false],
    ],
  ],
];

describe.each(CLUSTER_ROWS.map(([rule, rows]) => [rule.name, rule, rows] as const))('the cluster rule %s', (_name, rule, rows) => {
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventsOf(files)).toEqual(expected);
    const without = await crowdEventsOf(files, clusterRulesWithout(rule));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});

describe('places that share a name', () => {
  // [keys of one place, keys of a gathering so far, one gathering]
  const rows: Array<[string[], string[], boolean]> = [
    [['baghdad'], ['embassy', 'baghdad'], true],
    // a kind of place beside no name of its own joins the named one
    [['consulate', 'israeli'], ['consulate', 'israeli', 'chicago'], true],
    // negative: two named places that share only a kind of place, or a people
    [['university', 'california', 'davis'], ['university', 'wisconsin', 'madison'], false],
    [['consulate', 'israeli', 'francisco', 'san'], ['consulate', 'israeli', 'chicago'], false],
    [['lisbon'], ['porto'], false],
    // negative: two names that share only their first word
    [['santa', 'rosa'], ['university', 'california', 'santa', 'cruz'], false],
    [['san', 'diego'], ['san', 'jose'], false],
    [['san', 'diego'], ['diego', 'san', 'university'], true],
    // two capitals are the initials of a place of two words, either way round
    [['la'], ['los', 'angeles'], true],
    [['los', 'angeles'], ['la'], true],
    // negative: other initials, or one word
    [['ny'], ['los', 'angeles'], false],
    [['la'], ['lisbon'], false],
  ];
  it.each(rows)('%j and %j -> %s', (a, b, same) => {
    expect(samePlaceKeys(a, new Set(b))).toBe(same);
  });
});

describe('the day rule joined-gathering', () => {
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['"where they joined a demonstration of 200"', JOINED_DEMONSTRATION, ['350 → 2023-05-01:morvale', '200 → 2023-05-01:morvale#2'], true],
    // negative: the crowd joined by others is one gathering
    ['"were joined by 200 teachers"', JOINED_BY, ['350 → 2023-05-01:morvale', '200 → 2023-05-01:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(joinedGathering));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});

describe('the day rule opposed-gathering', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['a protest and the counter-protest', COUNTERED, ['50 → 2023-07-15:morvale', '25 → 2023-07-15:morvale#2'], true],
    ['a crowd the object of "to protest"', PROTESTED_CROWD, ['150 → 2023-07-15:morvale', 'some 2,000 → 2023-07-15:morvale#2'], true],
    // negative: what is protested is an arrest (its figure is no claim: "arrest" is a casualty word)
    ['"to protest the arrest of 40 activists"', PROTESTED_ARREST, ['150 → 2023-07-15:morvale'], false],
    // negative: the opposing side is no counted crowd of the sentence
    ['police faced 5,000', FACED_BY_POLICE, ['5,000 → 2023-07-15:morvale', '8,000 → 2023-07-15:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(opposedGathering));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});
