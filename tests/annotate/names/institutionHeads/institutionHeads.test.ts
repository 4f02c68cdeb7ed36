import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../../src/annotate/names/index.js';
import { countParagraphHeads, type InstitutionHeadCounts } from '../../../../src/annotate/names/locales/en/institutionHeads/count.js';
import { fittedInstitutionHead, institutionHeadOf } from '../../../../src/annotate/names/locales/en/institutionHeads/table.js';
import { articleOf, articlePassages } from '../../../support/annotate.js';

/**
 * The institution-head table (src/annotate/names/locales/en/institutionHeads/) and the evidence rule that reads it,
 * `fitted-institution-head` (locales/en/evidence/fittedInstitutionHead.ts). Real sentences of the readable splits and
 * of the unlabelled timeline articles; negative rows: a person, a place, a document, an event, a head alone.
 */
const counted = (paragraph: string) => {
  const counts = new Map<string, InstitutionHeadCounts>();
  countParagraphHeads(paragraph, counts);
  return counts;
};

describe('counting institution heads', () => {
  it('counts a name after a member noun as cued, with its head before the first joiner', () => {
    const c = counted('Phil Levy, a spokesman for the Campaign to End the Death Penalty, said the vote was close.');
    expect([...c.get('campaign')!.cued]).toEqual(['Campaign to End the Death Penalty']);
  });

  it('counts a name spelled by its acronym and one after an agent\'s "by" as cued', () => {
    expect(counted('Leaders met at the World Economic Forum (WEF) in the mountains this week.').get('forum')!.cued.size).toBe(1);
    expect(counted('The rally was called by the May Day Coalition and drew hundreds of workers.').get('coalition')!.cued.size).toBe(1);
  });

  it('counts a name after "in" as a place\'s, and one without a cue as a name only', () => {
    const c = counted('The fire spread quickly in Orange County before the crews of three towns came to help.');
    expect(c.get('county')!.afterIn.size).toBe(1);
    expect(c.get('county')!.cued.size).toBe(0);
  });

  it('skips a name opening a sentence, and one of a single capitalised word', () => {
    const c = counted('World Economic Forum delegates arrived late. The Forum opened on Monday with a speech.');
    expect(c.get('forum')).toBeUndefined();
  });
});

describe('the fitted table', () => {
  it.each(['Forum', 'Campaign', 'Caucus', 'Project', 'Exchange', 'Trust'])("reads %s as a body's head", (word) => {
    expect(fittedInstitutionHead(word)).toBe(true);
  });

  it.each([
    ['County', 'a place: its names stand after "in"'],
    ['City', 'a place'],
    ['Agreement', 'a document'],
    ['War', 'an event'],
    ['Reagan', 'a name of its own'],
    ['Against', 'a function word'],
    ['Weapons', "never a body's head in the text"],
  ])('does not read %s (%s)', (word) => {
    expect(fittedInstitutionHead(word)).toBe(false);
  });

  it('keeps its counts', () => {
    expect(institutionHeadOf('forum')!.cued).toBeGreaterThanOrEqual(5);
  });
});

const organizations = (text: string) =>
  annotateEntities([articleOf('a', '2020-01-01')], articlePassages([[text]]))
    .filter((e) => e.kind === 'organization')
    .map((e) => e.name);

describe('the evidence rule fitted-institution-head', () => {
  it.each([
    ['The Genoa Social Forum, the demonstration called attention to the raids.', 'Genoa Social Forum'],
    ['"Freedom to Marry Week" events were called by the Equality Campaign and local churches.', 'Equality Campaign'],
    ['Delegates of the Montana Freedom Caucus walked out of the session on Tuesday.', 'Montana Freedom Caucus'],
    ["In Portland, Ore., a September 3 rally sponsored by VOZ Workers' Rights Education Project drew 300.", "VOZ Workers' Rights Education Project"],
    ['Students from the Innocence Project spoke at the hearing.', 'Innocence Project'],
  ] as const)('%j reads %s as an organisation', (text, name) => {
    expect(organizations(text)).toContain(name);
  });

  it.each([
    // a person: the first name outweighs the head
    ['Steve Cross said the vote was close.', 'Steve Cross'],
    // a place, a document, an event
    ['The fire spread quickly in Orange County on Sunday.', 'Orange County'],
    ['The Paris Agreement was signed in 2015.', 'Paris Agreement'],
    ['He fought in the Cold War as a young man.', 'Cold War'],
    // a head alone
    ['The Forum opened on Monday.', 'Forum'],
  ] as const)('%j does not read %s as an organisation by the table', (text, name) => {
    expect(organizations(text)).not.toContain(name);
  });
});
