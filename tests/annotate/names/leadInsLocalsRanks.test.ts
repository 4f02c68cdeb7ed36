import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/**
 * The rules of branch who16, on sentences of 2008 news (L3S-GN1 development pages) and of the Socialist Worker archive
 * (2001-2007, development pages): lead-ins in capitals, union locals, ranks and roles opening a sentence.
 */
const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

type Row = readonly [string, readonly string[]];

const TABLES: Array<[string, Row[]]> = [
  [
    'lead-in-before-name',
    [
      // before a given name, the lead-in's words the lexicon lacks are no part of the name
      ['AN EMOTIONAL Nicole Pratt broke down last night after announcing her immediate retirement from tennis.', ['Nicole Pratt [person] EMOTIONAL']],
      // an abbreviation's dot is in the lead-in: the place and the title are the role
      [
        'CALIFORNIA GOV. Gray Davis will almost certainly face a virtually unprecedented statewide recall vote sometime in the next year.',
        ['Gray Davis [person] CALIFORNIA GOV.'],
      ],
      ['TEXAS GOV. Rick Perry has some advice for military veterans who live in Texas.', ['Rick Perry [person] TEXAS GOV.']],
      // before any other capitalised word, the lead-in's last common word opens the name
      ['THE NEW York Times Magazine recently ran a cover that read "The New American Empire".', ['NEW York Times Magazine [org]', 'New American Empire [org]']],
      [
        'THE UNITED Auto Workers (UAW) could be on another collision course with Caterpillar Inc.',
        ['UNITED Auto Workers [org]', 'UAW [org]', 'Caterpillar Inc. [org]'],
      ],
      [
        'THE WORLD Social Forum is taking place in Mumbai during a thaw in relations between regional nuclear rivals India and Pakistan.',
        ['WORLD Social Forum [org]'],
      ],
      // negative: a preposition, a plural or an article ends the lead-in; names in capitals stay names
      ['MECHANICS AT United Airlines were in the midst of deciding whether to strike February 20.', ['United Airlines [org]']],
      [
        "DAN SHITTU and Marlon King have been recalled to the starting line-up for this afternoon's Championship game between Southampton and Watford at St Mary's.",
        ['DAN SHITTU [person]', 'Marlon King [person]', 'Championship [other]'],
      ],
      [
        'TOD ENSIGN, the director of New York City-based Citizen Soldier, has started a GI coffeehouse in Watertown, N.Y., near Fort Drum.',
        ['TOD ENSIGN [person] director of New York City-based Citizen Soldier', 'GI [org]', 'Watertown [other]'],
      ],
    ],
  ],
  [
    'union-local',
    [
      [
        "In fact, she is an organizer for Hotel Employees and Restaurant Employees Local 27, Parking and Service Workers' Union, and InterPark had been unable to keep her from meeting with workers.",
        ['Hotel Employees and Restaurant Employees Local 27 [org]', "Parking and Service Workers' Union [org]", 'InterPark [other]'],
      ],
      [
        "Workers at Kinko's Capitol location have been working with United Food and Commercial Workers Local 1444 in an organizing campaign.",
        ['Kinko [other]', 'Capitol [other]', 'United Food and Commercial Workers Local 1444 [org]'],
      ],
      // a lettered or hyphenated number
      ['A spokesperson for SEIU Local 32B-32J reported that it was missing 26 of its members.', ['SEIU Local 32B-32J [org]']],
      [
        'The strike by 1,330 nurses, members of United Steelworkers (USW) Local 4-200, began after months of negotiations with hospital management broke down.',
        ['United Steelworkers [other]', 'USW [org]', 'Local 4-200 [org]'],
      ],
      // negative: two bodies named apart, a body's name before the "and"
      ['SEIU and Teamsters Local 25 backed the strike.', ['SEIU [org]', 'Teamsters Local 25 [org]']],
      [
        'Many students joined the protest, including AFSCME, American Federation of Government Employees, and Iron Workers Local 5.',
        ['AFSCME [org]', 'American Federation of Government Employees [org]', 'Iron Workers Local 5 [org]'],
      ],
    ],
  ],
  [
    'local-in-title',
    [
      [
        'UNITE Local 169 President Jerry Dominguez, dressed as Mexican wrestler, took on the green grocers in a street theater skit.',
        ['Local 169 [org]', 'Jerry Dominguez [person] UNITE Local 169 President'],
      ],
      ['SEIU Local 1199 President Dennis Rivera said the deal was fair.', ['SEIU Local 1199 [org]', 'Dennis Rivera [person] SEIU Local 1199 President']],
      // negative: a number that is no local's
      ['They won 3 Roger Federer titles.', ['Roger Federer [person]']],
    ],
  ],
  [
    'rank-in-role',
    [
      [
        'Sixth seed Roddick brushed aside unseeded German Michael Berrer 6-2 6-2 6-4 in just under two hours with little fuss on Rod Laver Arena.',
        ['Roddick [person] Sixth seed', 'Michael Berrer [person]', 'Rod Laver Arena [other]'],
      ],
      [
        'Pratt, 34, made the snap decision to retire after suffering a crushing 6-1 6-3 loss to big-hitting Russian 14th seed Nadia Petrova in the first round.',
        ['Pratt [person]', 'Nadia Petrova [person] 14th seed'],
      ],
      [
        'Next up for Djokovic is American Sam Querrey, conqueror of 32nd seed Dmitry Tursunov.',
        ['Djokovic [other]', 'Sam Querrey [person] conqueror of 32nd seed Dmitry Tursunov', 'Dmitry Tursunov [person] 32nd seed'],
      ],
      [
        'World number one Roger Federer has warned his rivals that he is still hungry to achieve more in the game.',
        ['Roger Federer [person] World number one'],
      ],
      [
        'Former world number one Martina Hingis has been banned from tennis for two years after failing a drugs test at Wimbledon in 2007.',
        ['Martina Hingis [person] Former world number one', 'Wimbledon [other]'],
      ],
      [
        'Andy Murray has cruised past top seed Nikolay Davydenko in straight sets to book his place in the final of the season-opening Qatar Open.',
        ['Andy Murray [person]', 'Nikolay Davydenko [person] top seed'],
      ],
      // a verb before the rank is the sentence's
      ['He beat No. 3 seed Rafael Nadal.', ['Rafael Nadal [person] No. 3 seed']],
      // negative: a count that is no rank
      ['He scored one Peter Crouch goal.', ['Peter Crouch [person]']],
    ],
  ],
  [
    'person-noun-opens-sentence',
    [
      [
        'Midfielder Hosni Abd Rabou converted a 41st-minute penalty after a foul on striker Amr Zaki, scorer of two goals last Saturday.',
        ['Hosni Abd Rabou [person] Midfielder', 'Amr Zaki [person] striker; scorer of two goals last Saturday'],
      ],
      ['Rookie Peter Mueller and Niko Kapanen also scored for the Coyotes.', ['Peter Mueller [person] Rookie', 'Niko Kapanen [person]', 'Coyotes [org]']],
      // negative: a name of words the lexicon knows; a noun opening a body's name
      ['Archer Daniels Midland said so.', ['Archer Daniels Midland [person]']],
      // a given name ending like an agent noun ("-man") after a quote (fresh8, released)
      [
        '"We will not approve this kind of behavior," Lakshman Yapa Abeywardena, the non-Cabinet minister for media, told Rupavahini.',
        ['Lakshman Yapa Abeywardena [person] non-Cabinet minister for media', 'Rupavahini [other]'],
      ],
      ['Resident Evil Village sold well.', ['Evil Village [other]']],
    ],
  ],
  [
    'cause-group-name (a plural opening a sentence, "United", "a", "and" in the cause)',
    [
      ['Veterans for Peace has several members that are pretty enthusiastic about the project.', ['Veterans for Peace [org]']],
      [
        '"At the bottom of the heap would be laid-off workers," said Chuck Collins of United for a Fair Economy.',
        ['Chuck Collins [person] of United for a Fair Economy', 'United for a Fair Economy [org]'],
      ],
      // negative: a name after "and"; a body after the joiner
      ['Iowans for Peace and Smith spoke.', ['Iowans for Peace [org]', 'Smith [person]']],
      ['Democrats for Congress met.', ['Democrats [other]', 'Congress [org]']],
      // at a sentence's start: a plural of people, a cause of common words (the unlabelled timeline articles; negatives)
      ['Lawyers for Diallo said they were watching developments over in Europe.', ['Diallo [other]']],
      ['Apologists for the Clinton boom use such figures as evidence.', ['Clinton [org]']],
      ['Citizens for Tax Justice said so.', ['Citizens for Tax Justice [org]']],
      // a person after the joiner (fresh7, released)
      ['Representatives for Ms. Haley did not reply to a request for comment.', ['Haley [person]']],
    ],
  ],
  [
    'title-abbreviation (Coun)',
    [
      [
        'Coun Kris Hopkins, leader of Bradford Council, said the plan was sound.',
        ['Kris Hopkins [person] Coun; leader of Bradford Council', 'Bradford Council [person]'],
      ],
    ],
  ],
];

describe.each(TABLES)('the name rule %s', (_name, rows) => {
  it.each(rows)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
