import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/** Names, kinds and roles as the mention rules read them (the junk classes of the `who` listing, branch who5). */
const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule title-acronym', () => {
  it.each([
    ['It was a snub to the visiting Valmera PM Tomas Orlik, officials said.', ['Tomas Orlik [person] Valmera PM']],
    ['said Labour MP Jess Phillips.', ['Jess Phillips [person] Labour MP']],
    ['Acme CEO Dana Whitlow said no.', ['Dana Whitlow [person] Acme CEO']],
    // negative: after a figure it is a time of day, and an acronym that is no office stays a name's word
    ['at 5 PM Donald Trump said.', ['PM Donald Trump [person]']],
    ['The PMF commander spoke.', ['PMF [org]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule owner-before-title', () => {
  it.each([
    // a place the lexicon also knows as a given name, before a title and a full name, owns the office
    ['said Jena Mayor Murphy McMillan on Monday.', ['Murphy McMillan [person] Jena Mayor']],
    ['Carmen Police Chief Ann Lee said no.', ['Carmen Police [org]', 'Ann Lee [person] Carmen Police Chief']],
    // negative: no full name after the title, a generational suffix, a common word after it, no title at all
    ['said Martin Luther King Jr. in 1963.', ['Martin Luther King Jr. [person]']],
    ['said Nancy Mayor on Monday.', ['Nancy Mayor [person]']],
    ['Barack Obama said.', ['Barack Obama [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule topic-words-agency', () => {
  it.each([
    ['a raid by heavily armed Immigration and Customs Enforcement agents.', ['Immigration and Customs Enforcement [other]']],
    ['officials of the Housing and Urban Development agency spoke.', ['Housing and Urban Development [org] agency']],
    // negative: one word after "and", places or names on either side, a sentence's first words
    ['a course in Health and Safety for workers.', ['Health [other]', 'Safety [other]']],
    ['flights between Kenya and Uganda resumed.', []],
    ['Immigration and Customs Enforcement agents came.', ['Immigration [other]', 'Customs Enforcement [other]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule acronym-across-small-words', () => {
  it.each([
    [
      'Elizabeth Terzakis from the Campaign to End the Death Penalty (CEDP) spoke.',
      ['Elizabeth Terzakis [person]', 'Campaign to End the Death Penalty [org]', 'CEDP [org]'],
    ],
    ['a letter from the Committee to Protect Journalists (CPJ) said.', ['Committee to Protect Journalists [org]', 'CPJ [org]']],
    // negative: an acronym that does not spell the capitals, none at all
    // (the name itself read whole by body-purpose; the acronym stays a body of its own)
    ['the Campaign to End the Death Penalty (ACLU) said.', ['Campaign to End the Death Penalty [org]', 'ACLU [org]']],
    ['groups came to End the Death Penalty rallies.', ['End [other]', 'Death Penalty [org]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule place-before-name', () => {
  it.each([
    ['U.S. Ambassador to the European Union Gordon Sondland testified.', ['European Union [org]', 'Gordon Sondland [person]']],
    ['Another diplomat, former special envoy to Ukraine Kurt Volker, spoke.', ['Kurt Volker [person]']],
    // negative: a run opening with a given name, no preposition before it, one word after the place
    ['a letter to Chelsea Ann Clinton arrived.', ['Chelsea Ann Clinton [person]']],
    ['Ukraine Kurt Volker said.', ['Ukraine Kurt Volker [person]']],
    ['a visit to Ukraine Volker made.', ['Ukraine Volker [other]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule ampersand-in-name', () => {
  it.each([
    ['Pacific Gas & Electric Co. said it would cut power.', ['Pacific Gas & Electric Co. [org]']],
    ['Customers of AT&T lost service.', ['AT&T [org]']],
    ['Smith & Wesson said no.', ['Smith & Wesson [org]']],
    // negative: places stay places, a lower-case word after it, no ampersand
    ['flights from Paris & London resumed.', []],
    ['the Q&a session', ['Q [org]']],
    ['Smith and Wesson said no.', ['Smith [person]', 'Wesson [other]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('titles the lexicon lacks (core/locales/en/words.ts: EXTRA_TITLES, EXTRA_TITLE_ABBREVIATIONS, ELECT_SUFFIX)', () => {
  it.each([
    ['Lt. Col. Alexander Vindman testified.', ['Alexander Vindman [person] Lt. Col.']],
    ['Maryland State Delegate Richard Madaleno spoke.', ['Richard Madaleno [person] Maryland State Delegate']],
    ['President-elect Joe Biden said.', ['Joe Biden [person] President-elect']],
    ['told by former National Security Adviser John Bolton to go.', ['John Bolton [person] former National Security Adviser']],
    // negative: a common noun in lower case, "-elect" after no title, a hyphenated word of no title
    ['A delegate said no.', []],
    ['the Franco-elect group met.', []],
    ['the Trump-era policies', []],
    // "Coach", "Coroner", "Prosecutor" as capitalised titles (US sports and court news)
    ['Coach Mike Shanahan called this his hardest season ever.', ['Mike Shanahan [person] Coach']],
    ['Michigan State Coach Mark Dantonio, who is also in his first year with his team, said it.', ['Mark Dantonio [person] Michigan State Coach']],
    [
      '"There was a little whisper here and there." Coach Cam Cameron exchanged pleasantries with Parcells.',
      ['Cam Cameron [person] Coach', 'Parcells [other]'],
    ],
    // negative: the brand's name before no person's name
    ['Shares of Coach Inc. fell 5 percent.', ['Coach Inc. [org]']],
    ['She carried a Coach bag into the store.', []],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule demonym-before-name', () => {
  it.each([
    // a nationality before a person's full name is no part of it (L3S-GN1 2008 pages: rugby, film news)
    ['It will fill the void left by the departure of Australian Todd Louden, who was in charge.', ['Todd Louden [person]']],
    ['Winslet would fit in the role alongside fellow Brit Ralph Fiennes.', ['Winslet [other]', 'Ralph Fiennes [person]']],
    // negative: before a title it stays in the role, before a body it opens the name, before no full name it stays
    ['German Chancellor Angela Merkel said.', ['Angela Merkel [person] German Chancellor']],
    ['The Iraqi Center for Studies said.', ['Iraqi Center for Studies [org]']],
    ['He flew American Airlines.', ['American Airlines [org]']],
    ['Australian Open champion Roger Federer won.', ['Roger Federer [person] Australian Open champion']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
