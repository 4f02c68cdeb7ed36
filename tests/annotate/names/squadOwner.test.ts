import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/**
 * `squad-owner-is-team` (src/annotate/names/locales/en/teams/squadOwner.ts, read by `body-owns-role`): a town or one word
 * before a squad's word that heads the role before a person's name is the team. Real sentences of 2008 news (L3S-GN1
 * development pages) and negative rows: places before an office's word, demonyms, people's names, no squad's word.
 */
const mentions = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]`);

describe('the name rule squad-owner-is-team', () => {
  it.each([
    ['Derby manager Paul Jewell has revealed he has "almost completed" a deal to sign Argentinian striker Emanuel Villa.', 'Derby'],
    ['Ovechkin had 52 goals and 54 assists in 2005-06, when he edged Pittsburgh forward Sidney Crosby in the voting.', 'Pittsburgh'],
    ['Grant hopes to sign Bolton striker Nicolas Anelka before the return leg.', 'Bolton'],
    ['Vancouver coach Alain Vigneault benched Cowan for the rest of the game after the incident.', 'Vancouver'],
    ['So he will be relieved to see Wright-Phillips impress in a variety of roles in front of new England coach Fabio Capello.', 'England'],
    ['Connecticut coach Jim Calhoun left the bench in the second half and did not return.', 'Connecticut'],
    ['Toronto guard T.J. Ford close to resuming workouts', 'Toronto'],
  ] as const)('%j: %s is a team', (text, team) => {
    expect(mentions(text)).toContain(`${team} [org]`);
  });

  it.each([
    // an office's word, a demonym, a person's name, a title: no team
    ['He said Pasadena Mayor Bill Bogaard left.', ['Bill Bogaard [person]']],
    ['He called London mayor Boris Johnson.', ['Boris Johnson [person]']],
    ['Texas Gov. Rick Perry spoke.', ['Rick Perry [person]']],
    ['Russian striker Pavel Pogrebnyak scored.', ['Pavel Pogrebnyak [person]']],
    ['Obama campaign manager David Plouffe said.', ['Obama [person]', 'David Plouffe [person]']],
    ['US President George Bush spoke.', ['George Bush [person]']],
    // the owner ends a longer name joined by a small word (read on the unlabelled timeline articles)
    ['In power now are Hall of Fame baseball pitcher Jim Bunning, a Republican Kentucky senator.', ['Hall of Fame [other]', 'Jim Bunning [person]']],
    ['Bosnia and Herzegovina coach Safet Susic has outlined his plans.', ['Bosnia [other]', 'Safet Susic [person]']],
    // a verb between the name and the squad's word: the name is the sentence's subject
    ['Andwele Slory beat goalkeeper Rob van Dijk at the near post.', ['Andwele Slory [org]', 'Rob van Dijk [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
