import { describe, expect, it } from 'vitest';
import { annotateEntities } from '../../../src/annotate/names/index.js';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { articleOf, articlePassages, sentence } from '../../support/annotate.js';

/** Each name of the sentence, and "team" where the rule read it as one. */
const mentions = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text}${m.rules?.includes('town-plays-as-team') ? ' [team]' : ''}`);

describe('the name rules keep-town-as-team and town-plays-as-team', () => {
  it.each([
    // what only a team does: a result with the one score of the sentence, a record, a result against it, play for it, a squad word
    ['On Saturday Middlesbrough beat Reading 2-0 at the Riverside.', 'Middlesbrough'],
    ['Montreal is 3-1-1 so far on the trip.', 'Montreal'],
    ['Boston is 2-0 against the Nets so far this season.', 'Boston'],
    ['Luis Scola tallied 19 points and Luther Head had 12 for Houston, which improved to 6-2.', 'Houston'],
    ['New York exploded for six goals in a 6-1 rout of Toronto.', 'Toronto'],
    ['The Canadiens earned a 5-1 victory over Florida on Friday.', 'Florida'],
    ['Mark Streit added a goal and an assist for Montreal.', 'Montreal'],
    ['He scored for Middlesbrough in the first half.', 'Middlesbrough'],
    ['We got beat by Spurs, and defeat by Middlesbrough was a poor result.', 'Spurs'],
    ['We had come back with a good draw against Arsenal.', 'Arsenal'],
    ["Everton's squad flew home on Sunday.", 'Everton'],
  ] as const)('%j: %s', (text, expected) => {
    expect(mentions(text)).toContain(`${expected} [team]`);
  });

  it.each([
    // a town as a place: after a place preposition, before a body's or a place's noun, its own people's "team"
    ['He flew to Toronto and met the Toronto police.', 'Toronto'],
    ['In Portsmouth, the council voted 5-2 to close the pier.', 'Portsmouth'],
    ['Portsmouth council voted to close the pier.', 'Portsmouth'],
    ["Kenya's team of negotiators met in Nairobi.", 'Kenya'],
    ["Israel's defence minister spoke on Monday.", 'Israel'],
    // a result without a score, a player beating a player, a score of sets
    ['Obama won Iowa by eight points.', 'Iowa'],
    ['Higgins beat Ebdon 5-3 in the final.', 'Higgins'],
    ['Roger Federer beat Rafael Nadal 6-4, 6-3.', 'Roger Federer'],
    // "York" of "New York" when "New" opened the sentence: a part of a longer name
    ['New York is 12-8-0 at home this year.', 'York'],
    // people are beaten, managed and supported too; falling to Earth and supporting a candidate are no play
    ['Cyril Ramaphosa left politics for business after losing to Mbeki.', 'Mbeki'],
    ['Rusedski ruled himself out after his five-set win over Stakhovsky.', 'Stakhovsky'],
    ["Pistorius's manager, Peet van Zyl, said so before the decision.", 'Pistorius'],
    ["Sharif's supporters took to the streets.", 'Sharif'],
    ['All but one of the recounts are in constituencies lost by Zanu-PF to the MDC.', 'Zanu-PF'],
    ['He started screaming again for Steenkamp to call the police.', 'Steenkamp'],
    ['Lazarus continues the story of The Man Who Fell to Earth.', 'Earth'],
    ['Evangelical leaders describe the forum as a turning point in their support for McCain.', 'McCain'],
    ['He drew a comparison with the US energy-trading group Enron.', 'US'],
    ['It runs on a better network for US users.', 'US'],
    ['Burrell scored seven consecutive points, but the Huskies led 45-32 at the break.', 'Burrell'],
    ['Golden State is 9-7 away from Oakland this season.', 'State'],
    // the possessive's owner is not the one tied with
    ["He is tied with Atlanta's Ilya Kovalchuk for most goals.", 'Atlanta'],
    // a season is no score, and the town visited is no team
    ['The 2006-07 season ended with a trip to Boston.', 'Boston'],
    // events and mountains named like teams stay as they were
    ['The Oscars drew 32 million viewers.', 'Oscars'],
  ] as const)('%j: no %s', (text, unexpected) => {
    expect(mentions(text)).not.toContain(`${unexpected} [team]`);
  });
});

describe('the role check result-verb-is-no-role', () => {
  it.each([
    // a result's verb before the other side's name is the sentence's verb, not a role
    ['Portsmouth beat Reading 2-0 at Fratton Park.', ['Reading', 'Fratton Park']],
    ['On Saturday Everton edged Derby 1-0.', ['Everton [team]', 'Derby']],
    // a role's head that is a noun stays a role
    ['Derby manager Paul Jewell said no.', ['Derby', 'Paul Jewell']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
  it('keeps the role of a name after a noun', () => {
    const [, m] = findNameMentionsWith(en, sentence('Derby manager Paul Jewell said no.'));
    expect(m?.roles).toEqual(['Derby manager']);
  });
});

describe('the entity rules team-in-article and town-opens-team-in-article', () => {
  const entities = (paragraphs: string[][]) => {
    const passages = articlePassages(paragraphs);
    return annotateEntities([articleOf('a', '2008-01-09')], passages).map((e) => `${e.name} (${e.kind}): ${[e.name, ...e.aliases].join(', ')}`);
  };

  it('reads a given name that plays as a team in one sentence as the club in the others', () => {
    const found = entities([
      ['Chelsea manager Avram Grant watched from the bench.', 'Shaun Wright-Phillips scored for Chelsea in the first half.'],
      ["Avram Grant believes Chelsea's spirit will carry them.", 'Shaun Wright-Phillips had given Chelsea the lead.'],
    ]);
    expect(found).toContain('Chelsea (organization): Chelsea');
  });

  it('leaves a person written two ways to the weights', () => {
    const found = entities([['John Higgins reached the final.', 'Higgins beat Ebdon 5-3.', 'Higgins said he was tired.']]);
    expect(found.some((e) => e.startsWith('John Higgins (person)'))).toBe(true);
  });

  it('joins a town read as a team to the one team of its article its name opens', () => {
    const found = entities([
      ['The Boston Celtics will try to avoid losing consecutive games.', 'Boston is 2-0 against the Nets so far this season.'],
      ['Kevin Garnett finished with 24 points for Boston.'],
    ]);
    expect(found.find((e) => e.startsWith('Boston Celtics'))).toContain('Boston Celtics, ');
    expect(found.find((e) => e.startsWith('Boston Celtics'))).toMatch(/, Boston(?:,|$)/);
  });

  it('leaves a town with two teams of its name alone', () => {
    const found = entities([['The New York Rangers beat the New York Islanders 3-2.', 'New York is 12-8-0 at home this year, said a fan in New York.']]);
    expect(found.find((e) => e.startsWith('New York Rangers'))).not.toMatch(/, New York(?:,|$)/);
  });
});
