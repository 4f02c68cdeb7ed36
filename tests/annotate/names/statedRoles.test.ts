import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/** The role-pass rules of branch who14 (roles before a name whose noun the role reader refused), on real sentences. */
const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule hyphenated-person-noun (cricket and television news of 2008, L3S-GN1 pages)', () => {
  it.each([
    [
      'Resuming on 146 for eight, the Windies were cleaned up by left-armer Paul Harris as the tourists were dismissed.',
      ['Windies [org]', 'Paul Harris [person] left-armer'],
    ],
    ['The club signed all-rounder Andrew Flintoff.', ['Andrew Flintoff [person] all-rounder']],
    ['Former model-turned-singer Carla Bruni sang.', ['Carla Bruni [person] Former model-turned-singer']],
    ['The co-founder Larry Page spoke.', ['Larry Page [person] co-founder']],
    // negative: a hyphenated adjective ends in no person's noun
    ['The Oscar-winning Ann Lee spoke.', ['Ann Lee [person]']],
    ['The 21-year-old Ann Lee spoke.', ['Ann Lee [person]']],
    ['He won the best-of-three Peter Burkill final.', ['Peter Burkill [person]']],
    // (read among the firings on the readable splits: a unit; a hyphenated verb after "to" ends the role)
    ['The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) in southern China has just passed.', ['Aperture Spherical Radio Telescope [other]']],
    ['The 49ers hope to re-sign former third-stringer Shaun Hill, who led them.', ['Shaun Hill [person] former third-stringer']],
    ['He gave bribes to ex-South Korean President Roh Tae-woo, a former general.', ['Roh Tae-woo [person] ex-South Korean President; former general']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule person-noun-after-to', () => {
  it.each([
    // an L3S-GN1 2008 cricket page; the unlabelled articles' "to journalist NAME"
    ['A mla got an outside edge to wicketkeeper Denesh Ramdin having made eight.', ['Denesh Ramdin [person] wicketkeeper']],
    ['He told it to journalist Mick Brown.', ['Mick Brown [person] journalist']],
    ['The third man threw the ball to wicket-keeper Sanju Samson, who aimed for the stumps.', ['Sanju Samson [person] wicket-keeper']],
    // negative: an infinitive; a person's noun that is a verb too
    ['He threatened to sanction Ann Lee.', ['Ann Lee [person]']],
    ['He wanted to partner Darius Henderson.', ['Darius Henderson [person]']],
    ['He hoped to coach Ann Lee.', ['Ann Lee [person]']],
    // negative: verbs the lexicon files as nouns only (the unlabelled articles, read after the first version)
    ['Ten members of Congress asked the courts to order Obama to withdraw.', ['Congress [org]', 'Obama [person]']],
    ['He encouraged supporters to back Trump.', ['Trump [other]']],
    ['He would be ahead later in the stage to assist Armstrong.', ['Armstrong [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule plural-compound-in-role', () => {
  it.each([
    // an L3S-GN1 2008 page of Canada's inquiry; the unlabelled articles' "human rights lawyer NAME"
    [
      "Sources say the inquiry is into Brian Mulroney's dealings with former arms dealer Karlheinz Schreiber.",
      ['Brian Mulroney [person]', 'Karlheinz Schreiber [person] former arms dealer'],
    ],
    ['Human rights lawyer Gao Zhisheng spoke.', ['Gao Zhisheng [person] Human rights lawyer']],
    // negative: a verb of speech before the noun; the plural right before the name
    ['Trump says lawyer Ann Lee will go.', ['Trump [other]', 'Ann Lee [person] lawyer']],
    ['He sells arms Ann Lee said.', ['Ann Lee [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
