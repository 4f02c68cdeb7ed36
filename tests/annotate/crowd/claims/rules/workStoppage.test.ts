import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { isAboutGathering } from '../../../../../src/annotate/crowd/locales/en/gathering.js';
import { sentence } from '../../../../support/annotate.js';

/**
 * A stoppage of work as the newswire tells it (`WORK_STOPPAGE_PATTERNS`, with the wire's trades as people nouns):
 * [sentence (Reuters newswire of 1987, the development part of the collection), the claims' texts].
 */
const ROWS: Array<[string, string[]]> = [
  [
    'CHITTAGONG, Bangladesh, June 19 - The navy is unloading foodgrains at Chittagong port following a strike by nearly 1,000 dockworkers, Bangladesh Shipping Corp officials said.',
    ['nearly 1,000'],
  ],
  ['SAO PAULO, Oct 20 - An indefinite strike by 47,000 carworkers on Tuesday closed most Brazilian plants of Autolatina, the company said.', ['47,000']],
  ['The strike by 40,000 seamen, now in its 13th day, represents a stern challenge to the government.', ['40,000']],
  ['Some 9,000 workers walked off their jobs at the bus and truck plant on Thursday.', ['Some 9,000']],
  [
    "He said about 1,000 employees of Anglo American Corp's New Vaal Colliery also downed tools but the reason for the stoppage was not immediately clear.",
    ['about 1,000'],
  ],
  ['In the central republic of Bosnia and Hercegovina 1,700 workers struck, while many teachers in Belgrade refused to take their paychecks.', ['1,700']],
  ['More than 16,000 engineering workers at 45 firms, mainly in south Germany, held warning strikes lasting up to two hours yesterday.', ['More than 16,000']],
  ['Some 70 strikes by thousands of workers erupted nationwide.', ['thousands']],
  [
    "PHOENIX, Ariz., March 17 - Southwest Forest Industries Inc said 344 members of the United Paperworkers International Union went out on strike at the company's Snowflake, Ariz., paper mill.",
    ['344'],
  ],
  [
    "RIO DE JANEIRO, JUNE 18 - Rio de Janeiro's 3,500 dockworkers went on strike for an indefinite period today to demand wage increases, a spokesman for the dockers said.",
    ['3,500'],
  ],
  [
    "The walkout by Brazil's 40,000 seamen has idled 160 ships in various ports, a senior official of the National Merchant Marine Union told Reuters.",
    ['40,000'],
  ],
  // negative: an armed strike, a strike price, a deal struck, employment, shares, tonnes, casualties
  ['Israeli jets carried out an air strike on a base in southern Lebanon, killing 12 people, the army said.', []],
  ['The company struck a deal with its 3,000 employees on a new pension plan.', []],
  ['The options have a strike price of 40 dlrs and cover 5,000 shares.', []],
  ['The mill, which employs 525 people, has an annual capacity of 282,000 tons of newsprint, the company said.', []],
  ['At least 26 people died when a car ferry struck a pier as it left Belgium for Britain.', []],
  ['Over 80 people in eight cities were detained for stoning police during the strike, he said.', []],
  ["Brazil's motor industry employs more than 150,000 people.", []],
  ['The labour leader was among 500 workers sacked by CODELCO following a strike in 1983.', []],
  ['April 18 was the anniversary of the strike. Some 400 people were laid off.', []],
];

describe("a stoppage of work told the wire's way", () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });

  it("reads the strike noun and the wire's verbs as gathering words, not an air strike or a struck pier", () => {
    expect(isAboutGathering('a strike by 9,000 miners')).toBe(true);
    expect(isAboutGathering('600 workers downed tools')).toBe(true);
    expect(isAboutGathering('the men stopped work this afternoon')).toBe(true);
    expect(isAboutGathering('an air strike on the base')).toBe(false);
    expect(isAboutGathering('a car ferry struck a pier')).toBe(false);
    expect(isAboutGathering('the strike price of the options')).toBe(false);
  });
});
