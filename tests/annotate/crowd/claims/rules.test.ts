import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../src/annotate/crowd/locales/en/claims/figure.js';
import type { FigureRule } from '../../../../src/annotate/crowd/locales/en/claims/figureTypes.js';
import { FIGURE_RULES, findCrowdClaims, RELATED_CLAIM_RULES } from '../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { forecast } from '../../../../src/annotate/crowd/locales/en/claims/forecast.js';
import { attributionAside } from '../../../../src/annotate/crowd/locales/en/claims/related/attributionAside.js';
import { listByPlace } from '../../../../src/annotate/crowd/locales/en/claims/related/listByPlace.js';
import { partAtPlace } from '../../../../src/annotate/crowd/locales/en/claims/related/partAtPlace.js';
import { beneficiaries } from '../../../../src/annotate/crowd/locales/en/claims/rules/beneficiaries.js';
import { casualtyCount } from '../../../../src/annotate/crowd/locales/en/claims/rules/casualtyCount.js';
import { arrestPassive } from '../../../../src/annotate/crowd/locales/en/claims/rules/arrestPassive.js';
import { stayingVerb } from '../../../../src/annotate/crowd/locales/en/claims/rules/stayingVerb.js';
import { casualtyVerb } from '../../../../src/annotate/crowd/locales/en/claims/rules/casualtyVerb.js';
import { drawnByVerb } from '../../../../src/annotate/crowd/locales/en/claims/rules/drawnByVerb.js';
import { eventDraws } from '../../../../src/annotate/crowd/locales/en/claims/rules/eventDraws.js';
import { joinedOrganisation } from '../../../../src/annotate/crowd/locales/en/claims/rules/joinedOrganisation.js';
import { partOfThings } from '../../../../src/annotate/crowd/locales/en/claims/rules/partOfThings.js';
import { countedByVerb } from '../../../../src/annotate/crowd/locales/en/claims/rules/countedByVerb.js';
import { filledWith } from '../../../../src/annotate/crowd/locales/en/claims/rules/filledWith.js';
import { partOfCrowd } from '../../../../src/annotate/crowd/locales/en/claims/rules/partOfCrowd.js';
import { sizePerGathering } from '../../../../src/annotate/crowd/locales/en/claims/rules/sizePerGathering.js';
import { facingTheCrowd } from '../../../../src/annotate/crowd/locales/en/claims/rules/facingTheCrowd.js';
import { forecastObject } from '../../../../src/annotate/crowd/locales/en/claims/rules/forecastObject.js';
import { gatheringNounBefore } from '../../../../src/annotate/crowd/locales/en/claims/rules/gatheringNounBefore.js';
import { gatheringVerbAfter } from '../../../../src/annotate/crowd/locales/en/claims/rules/gatheringVerbAfter.js';
import { negatedVerb } from '../../../../src/annotate/crowd/locales/en/claims/rules/negatedVerb.js';
import { numberInName } from '../../../../src/annotate/crowd/locales/en/claims/rules/numberInName.js';
import { partOfGroup } from '../../../../src/annotate/crowd/locales/en/claims/rules/partOfGroup.js';
import { recurringSize } from '../../../../src/annotate/crowd/locales/en/claims/rules/recurringSize.js';
import { passiveTurnout } from '../../../../src/annotate/crowd/locales/en/claims/rules/passiveTurnout.js';
import { partOfWhole } from '../../../../src/annotate/crowd/locales/en/claims/rules/partOfWhole.js';
import { partTurnedOut } from '../../../../src/annotate/crowd/locales/en/claims/rules/partTurnedOut.js';
import { peopleNoun } from '../../../../src/annotate/crowd/locales/en/claims/rules/peopleNoun.js';
import { sizeChange } from '../../../../src/annotate/crowd/locales/en/claims/rules/sizeChange.js';
import { strongCrowd } from '../../../../src/annotate/crowd/locales/en/claims/rules/strongCrowd.js';
import { yearOrOtherNoun } from '../../../../src/annotate/crowd/locales/en/claims/rules/yearOrOtherNoun.js';
import { isAboutGathering } from '../../../../src/annotate/crowd/locales/en/gathering.js';
import { sentence } from '../../../support/annotate.js';

/** [sentence, what the rule says of its first figure: 'drop', the noun counted, or null (no verdict: the next rule decides)] */
type Row = [string, 'drop' | string | null];

const verdictOf = (rule: FigureRule, text: string) => {
  const verdict = rule.judge(figureAt(readSentence(sentence(text)), 0));
  return verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted;
};

const TABLES: Array<[FigureRule, Row[]]> = [
  [
    facingTheCrowd,
    [
      ["Over a dozen activists, led by the union's president, took turns addressing the crowd.", 'drop'],
      ['Then the two candidates heard the crowd chant.', 'drop'],
      ['Three speakers spoke to the marchers at the end of the march.', 'drop'],
      // negative: the figure's own verb is a gathering verb; the crowd is no object of an address verb
      ['About 300 protesters marched as speakers addressed the crowd.', null],
      ['Some 5,000 people, led by the mayor, marched to the square.', null],
    ],
  ],
  [
    sizePerGathering,
    [
      ['Demonstrations drew hundreds and even thousands in large cities like Turin, Graz and Lyon.', 'drop'],
      ['Demonstrations and marches drew hundreds, and even thousands of people, in towns from Turin to Lyon.', 'drop'],
      // negative: one gathering's range; a plural subject with one figure; no word of many places
      ['The march drew hundreds, and even thousands of people, from towns near Turin.', null],
      ['Demonstrations in many cities drew 5,000 people.', null],
      ['Protests in Turin drew between 5,000 and 10,000.', null],
    ],
  ],
  [
    partOfCrowd,
    [
      ['The main rally was organized by a committee of just six people.', 'drop'],
      ['A feeder march of some 1,500 students met the main march.', 'drop'],
      ['Every train sent another wave of hundreds of people toward the march.', 'drop'],
      // negative: a gathering noun with no part's word before it
      ['A march of some 1,500 students met the rally.', null],
      ['A crowd of 400 gathered.', null],
      // a part a gathering included; not what a list of demands included
      ['The multiracial crowd included 100 students from some of the roughest Bay Area neighborhoods.', 'drop'],
      ['Their demands included 300 new teachers.', null],
    ],
  ],
  [
    filledWith,
    [
      ['In Washington, the mall filled with well over 100,000.', 'people'],
      ['The square was packed with 5,000 students by noon.', 'students'],
      // negative: things fill a place; a figure before the verb
      ['A van filled with 300 boxes reached the square.', null],
      ['About 300 filled the square with chants.', null],
    ],
  ],
  [
    sizeChange,
    [
      ['By evening the crowd had dwindled to 5,000.', 'people'],
      ['The rally in Morvale peaked at 14,000 before dusk.', 'people'],
      ['By Monday only about 1,000 remained at the rally.', 'people'],
      // negative: another thing's size changed, people held after a gathering, a figure with no change verb
      ['Membership of the union grew to 40,000 after the march.', null],
      ['After the march, 12 remained in hospital.', null],
      ['The march went to 10 Downing Street.', null],
      ['The counterprotest of activists swelled to 600 as it faced them.', 'people'],
      // an attended event's audience: "the meeting dwindled to 125"; not what a meeting's agenda grew to
      ['Though the meeting dwindled to 125 by the end, about 25 people spontaneously joined the march.', 'people'],
      ['The board meeting grew to 300 items on the agenda.', null],
    ],
  ],
  [
    partOfGroup,
    [
      ['25 of them students, the detainees were freed.', 'drop'],
      ['About 300 came, none of them students.', null],
      // with no count before it, a part of people told of earlier that gathers
      ['So several hundreds of them started to protest on August 18.', null],
      ['Hundreds of them were arrested.', 'drop'],
      // negative: "of" before anything but the group is the figure's own noun
      ['25 of the protesters marched.', null],
      ['Thousands of protesters marched.', null],
    ],
  ],
  [
    passiveTurnout,
    [
      ['In Morvale, the university was occupied by several hundred students for three days.', 'students'],
      ['The march was joined by 5,000.', 'people'],
      // negative: police are no crowd; an active verb; a passive of another kind
      ['The embassy was surrounded by 300 police officers.', null],
      ['Students occupied the hall by 300 votes to 12.', null],
      ['The motion was passed by 300 delegates.', null],
    ],
  ],
  [
    recurringSize,
    [
      ['Mass assemblies--sometimes drawing as many as 1,500 people--were held in schools.', 'drop'],
      ['The rallies often draw thousands of people.', 'drop'],
      // negative: no word of frequency; one before a comma, of another clause
      ['The rally drew as many as 1,500 people.', null],
      ['As often happens, 1,500 people marched to the rally.', null],
    ],
  ],
  [
    partTurnedOut,
    [
      // Reuters newswire of 1987, the development part (figures changed)
      ["A union spokesman told Reuters that about 400,000 of Brazil's 700,000 bankworkers were on strike.", 'bankworkers'],
      ['With 285 of the 4,000-strong workforce on strike, the union will tell the committee the government has a duty to help.', 'workforce'],
      ["The news agency said about 300,000 of the 500,000 small farmers in Rio Grande do Sul took part in yesterday's protests.", 'farmers'],
      // negative: a part that turned up, or went back to work; a whole after a comma; no whole counted; a vague part
      ['Only eight of the 48 workers she needed showed up at the rally.', null],
      ["About 14,000 of Brazil's 40,000 seamen are now back at work after pay accords, but the rest are still on strike.", null],
      ['About 200 of the 1,000 workers at the plant, who were on strike last year, have been laid off.', null],
      ['About 200 of the strikers marched to the rally.', null],
      ['Thousands of the 10,000 workers were on strike.', null],
    ],
  ],
  [
    partOfWhole,
    [
      ['Only eight of the 48 workers she needed showed up at the rally.', 'drop'],
      ['The rally heard testimonies from three of the detained workers.', 'drop'],
      ['Of the eight of the 48 workers, none came to the rally.', 'drop'],
      ['The 48 workers came to the rally.', null],
      // the whole a share or "out of" is taken from (Socialist Worker, 2003-2006; numbers changed)
      ['An estimated 60 percent of the 3,100 members of Local 34 are on the picket line.', 'drop'],
      ['Half of the 2,000 workers walked out to join the rally.', 'drop'],
      ['Out of 6,000 members, 1,300 turned out to vote on the strike.', 'drop'],
      ['Out of 72 workers in the bargaining unit, 50 attended the meeting.', 'drop'],
      // negative: a share of no counted whole, "out of" that takes no count
      ['Some 60 percent of the strikers, 3,000 people, marched to the rally.', null],
      ['Out of the blue, 3,000 workers walked out to the rally.', null],
      // negative: no whole counted and no preposition before; a vague figure; "of" before the figure's own noun
      ['About 200 of the strikers marched to the rally.', null],
      ['Thousands of the city workers marched to the rally.', null],
      ['The rally heard testimonies from three workers.', null],
    ],
  ],
  [
    negatedVerb,
    [
      ['The rally did not draw 10,000 people.', 'drop'],
      ['Some 10,000 farmers did not come.', 'drop'],
      ['Police did not stop 300 people from the square.', 'drop'],
      // negative: a denied preventing verb whose people went on to gather; a hedge on the figure is no denial
      ["Rain couldn't stop 80 people from protesting at the rally.", null],
      ['Not even 500 people came to the rally.', null],
      ['Thousands of protesters marched.', null],
    ],
  ],
  [
    casualtyCount,
    [
      ['Police said 12 protesters were killed.', 'drop'],
      ['12,000 residents were forced from their homes.', 'drop'],
      // an aside breaking the group down stands between the count and what befell it
      ['Police said 90 people, 25 of them students, were detained.', 'drop'],
      ['Some 300 people, mostly young, were arrested after the rally.', 'drop'],
      ['Marchers were protesting layoffs of tens of thousands of workers.', 'drop'],
      ['The superintendent called for cuts, which include a reduction of 150 teachers.', 'drop'],
      ['Police target protesters and arrest more than 100 people for infractions like jaywalking.', 'drop'],
      // massacred (Socialist Worker, 2006)
      ['Between 20,000 and 30,000 workers were massacred defending the Commune.', 'drop'],
      // punished after a walkout (Socialist Worker, 2006; figure changed)
      ['In one town, as many as 140 high school and junior high students were suspended after the walkout.', 'drop'],
      // negative: a harm's noun not right before "of" and the count
      ['Against the layoffs, 3,000 workers marched.', null],
      // negative: the same aside before a gathering verb
      ['Some 10,000 people, most of them students, marched through the city.', null],
      // negative: the homes a crowd marched from
      ['12,000 residents marched from their homes to the square.', null],
      ['After the cuts, 2,000 teachers rallied against the arrests.', null],
      ['Thousands of protesters marched.', null],
    ],
  ],
  [
    casualtyVerb,
    [
      ['At least 106 protesters in 21 cities have been killed.', 'drop'],
      ['Some 300 people at the border were detained.', 'drop'],
      // negative: the verb of the phrase is a gathering's; a casualty word in a name
      ['Some 300 people at the border have marched.', null],
      ['About 500 members of the Homeless Workers Movement marched.', null],
      ['CINCINNATI--Some 2,000 people gathered June 2 to protest police brutality in the wake of the cop murder of a Black teenager.', null],
    ],
  ],
  [
    arrestPassive,
    [
      ['Some 250 students were rounded up near the Velmor embassy.', 'drop'],
      ['About 60 were detained after the sit-in.', 'drop'],
      ['Dozens have been hauled away by riot police.', 'drop'],
      ['Some 150 marchers at the bridge were taken into custody.', 'drop'],
      // negative: a passive of gathering, a state, an active verb, a rounding of numbers
      ['250 students were gathered outside the Velmor embassy.', null],
      ['Thousands were on the streets of Korvia.', null],
      ['Some 250 students rounded up support for the strike.', null],
      ['About 60 marched before police detained their leader.', null],
      ['About 2,000 marched after 40 were detained.', null],
      ['Some 400 students who were detained in May marched again.', null],
    ],
  ],
  [
    stayingVerb,
    [
      ['Hundreds spent the night in Lantern Square.', 'people'],
      ['Some 3,000 nurses camped outside the assembly.', 'nurses'],
      ['Thousands stayed on in the plaza overnight.', 'people'],
      ['Dozens slept a second night in front of the court.', 'people'],
      // negative: a night in care, custody or lodging; money spent; a staying verb with no place
      ['Hundreds spent the night in hospital.', 'drop'],
      ['About 40 spent the night in police custody.', 'drop'],
      ['Dozens spent the night in jail.', 'drop'],
      ['Hundreds stayed at home.', 'drop'],
      ['Hundreds spent 4,000 euros on banners.', null],
      ['Thousands stayed away.', null],
    ],
  ],
  [
    joinedOrganisation,
    [
      ['Thousands of Tunisians have flocked to join jihadist groups abroad.', 'drop'],
      ['Some 5,000 young men joined the army last year.', 'drop'],
      // negative: a gathering joined, or a body's gathering
      ['Thousands joined the march.', null],
      ['Some 5,000 people joined the party rally.', null],
    ],
  ],
  [
    beneficiaries,
    [
      ['There were prayers for 40 black men at the vigil.', 'drop'],
      ['The rally called for justice for the 12 victims.', 'drop'],
      // negative: "for" before another word
      ['Some 500 people marched for hours.', null],
    ],
  ],
  [
    strongCrowd,
    [
      ['A 10,000-strong crowd gathered.', 'crowd'],
      ['10,000-strong, they marched.', 'people'],
      ['Thousands of protesters marched.', null],
    ],
  ],
  [
    peopleNoun,
    [
      ['Thousands of protesters marched.', 'protesters'],
      ['500,000 Shiite worshippers prayed at the rally.', 'worshippers'],
      ['Earlier, the hundreds of antiracists forced the cancellation of the march.', 'antiracists'],
      ['Thousands of immigrant rights supporters returned to the streets.', 'supporters'],
      // a phrase of two joined parts ending in a people noun (Socialist Worker, the development part; names and figures changed)
      ['Chanting, more than 600 Eastport high school and college students staged a walkout against the war on December 5.', 'students'],
      ['NORTHBRIDGE--Some 300 antiwar and social justice activists from across the state gathered here April 2.', 'activists'],
      ['More than 400 immigrants and their supporters rallied May 6 outside the Federal Court House.', 'immigrants'],
      ['About 300 mostly Black and Latino protesters marched in the street in front of the car dealership.', 'protesters'],
      // negative: the second part opens with a number, or holds no people noun
      ['The strike closed 300 schools and 40 students marched.', null],
      ['The march organisers sent 300 rights petitions and leaflets to the rally.', null],
      // negative: a plural noun that heads the phrase, no people after it
      ['The march organisers sent 300 rights petitions to the rally.', null],
      // negative: a word in -ists that is a thing, not people
      ['The march organisers sent 300 lists of names.', null],
      // negative: people in a sentence about no gathering, unless the noun says they gathered
      ['The report counted 500 teachers.', 'drop'],
      ['About 500 attended the march.', null],
    ],
  ],
  [
    yearOrOtherNoun,
    [
      ['In 2003, the war began.', 'drop'],
      ['Protesters fired 36 rockets at the base.', 'drop'],
      ['The strike cost 5 million dollars.', 'drop'],
      ['About 500 attended the march.', null],
    ],
  ],
  [
    partOfThings,
    [
      ["The general strike included workers at three of the country's four main auto companies.", 'drop'],
      // negative: a part of people, or of a gathering
      ["Hundreds of the city's residents marched.", null],
      ['Dozens of the crowd chanted slogans.', null],
    ],
  ],
  [
    gatheringNounBefore,
    [
      ['The crowd reached 500,000.', 'crowd'],
      ['The rally drew 5,000.', 'rally'],
      // negative: "of" binds to the noun right before it
      ['They held a protest against the killing of two.', null],
    ],
  ],
  [
    gatheringVerbAfter,
    [
      ['Thousands marched in the capital.', 'people'],
      ['2 million turned out for the parade.', 'people'],
      // negative: "lined up to vote" is no gathering's line
      ['Thousands lined up to vote.', null],
      // turnout told with other verbs, and strikes
      ['Thousands knelt in prayer outside the mosque.', 'people'],
      ['Hundreds stayed on in the square overnight.', 'people'],
      ['Another 700 came together a week later.', 'people'],
      ['Some 5,000 have been on strike since May.', 'people'],
      ['Thousands were on the streets of Korvia.', 'people'],
      ['About 300 walked out of the plant.', 'people'],
      // negative: a verb without its particle, and a state that is no strike
      ['Hundreds stayed at home.', null],
      ['Some 5,000 have been on holiday since May.', null],
      ['About 300 walked to the plant.', null],
    ],
  ],
  [
    drawnByVerb,
    [
      ['The movement brought millions to the streets.', 'people'],
      ['A series of large protests against the war have involved tens of thousands.', 'people'],
      ['In Turin, the marches drew out tens of thousands.', 'people'],
      // negative: a clause about no gathering, and a verb that draws no one; "out" after another verb
      ['The march set out 5,000 chairs.', null],
      ['The storm brought 20,000 tonnes of rain.', null],
      ['The march reached 5,000.', null],
    ],
  ],
  [
    numberInName,
    [
      ['Activists held signs saying "Free G8 Protesters" at the gate.', 'drop'],
      ['Police attacked the striking Section 22 of the teachers union as 5,000 marched.', 'drop'],
      ['Members of Carpenters Union Local 94 joined the 300 marchers.', 'drop'],
      // negative: a figure after a place, and a figure spaced from a word
      ['In Morvale 5,000 people marched.', null],
      ['About 300 people marched.', null],
    ],
  ],
  [
    eventDraws,
    [
      ['A spokescouncil meeting to discuss the weekend plans draws more than 400.', 'people'],
      ['A roundtable discussion on strategy, with speakers from the unions, draws 80.', 'people'],
      ['The screening drew 150.', 'people'],
      // negative: no event people attend, a drawing verb not right before the figure, an event in another sentence
      ['The lottery draws 6 numbers.', null],
      ['The panel drew on 30 years of research.', null],
      ['The meeting ended. Trucks drew 40 tonnes.', null],
    ],
  ],
  [
    countedByVerb,
    [
      ['Police counted fewer than 500 at the rally.', 'people'],
      ['Police put it at 200,000 at the march.', 'people'],
      // negative: a count in a sentence about no gathering
      ['Police counted fewer than 500.', null],
    ],
  ],
  [
    forecastObject,
    [
      ['Organisers hope to draw 50,000 to the rally.', 'people'],
      // negative: no forecast verb before the figure
      ['The rally drew 50,000.', null],
    ],
  ],
];

describe.each(TABLES.map(([rule, rows]) => [rule.name, rule, rows] as const))('the figure rule %s', (_name, rule, rows) => {
  it.each(rows)('%j -> %j', (text, expected) => {
    expect(verdictOf(rule, text)).toEqual(expected);
  });
});

describe('sentences about a gathering', () => {
  // [sentence, whether it tells of a gathering]
  const rows: Array<[string, boolean]> = [
    ['More than 5,000 workers have been on strike since February.', true],
    ['More than 100,000 workers held a four-hour general strike.', true],
    ['Hundreds of workers are striking at the airport.', true],
    ['About 180 people packed a teach-in on the war.', true],
    ['Last year the movement brought millions to the streets.', true],
    ['Thousands knelt in prayer outside the mosque.', true],
    ['Hundreds stayed on in the square overnight.', true],
    ['Worshippers streamed out of the mosques after prayers.', true],
    ['Another 700 came together a week later.', true],
    ['A huge mobilization of 300,000 filled the city.', true],
    ['The counterprotest grew to more than 600 people.', true],
    ['A counter-demonstration of 50 met them.', true],
    // negative: a strike of another kind, a striking thing, streets named but no one going to them
    ['An air strike hit the town, killing 12.', false],
    ['The resemblance was striking, 500 teachers said.', false],
    ['The new law covers 300 streets in the city.', false],
    ['The firm made a counter offer of 600 shares.', false],
    // the month written after its day (British order) is no march; a march after a count stays one
    ['No aid has reached 2.3 million Palestinians since 2 March, the agency said.', false],
    ['The blockade began on 14th March and 300 trucks wait at the border.', false],
    ['Some 2,000 March for Life supporters filled the avenue.', true],
    // people lining a way or a shore, a crowd the police broke up (news of 2005–2013 and 2008)
    ['Like hundreds of fans lining the red carpet at the awards this past weekend, she was determined to memorialize the moment.', true],
    ['Dozens of surfers and spectators lined beaches from Palm Beach to Miami-Dade counties.', true],
    ['"Police requested further assistance to disperse a group of up to 500 people.', true],
    // negative: things lined, people dispersed as refugees are
    ['The shelves were lined with 500 books.', false],
    ['The 3 million refugees dispersed across the region.', false],
    // a factory's assembly line gathers no one; an assembly of people does (Socialist Worker, 2003)
    [
      'The relentless speed of the assembly lines and management inattention to safety means that hundreds upon hundreds of workers have been suddenly disabled when they lost fingers or limbs in the machinery.',
      false,
    ],
    [
      'Thousands more have had their bodies worn down and crippled by repetitive stress injuries--because of the intense pressure of an assembly line that requires workers to make thousands of the same motions every day.',
      false,
    ],
    ['Some 3,000 nurses camped outside the assembly.', true],
    // "turned out to be" says what something proved to be (Socialist Worker, 2003); people who turned out gathered
    ['So far, the 1,400 scientists that Washington sent have found nothing except discoveries that later turned out to be false.', false],
    ['More than 400 people turned out to demand an end to war funding.', true],
    ['The march turned out to be the largest in years.', true],
  ];
  it.each(rows)('%s -> %s', (text, about) => {
    expect(isAboutGathering(text)).toBe(about);
  });
});

describe('the forecast rule', () => {
  it.each([
    ['Organisers expected 50,000 people to attend the rally.', true],
    ['50,000 are expected at the march.', true],
    ['Organisers hope to draw 50,000 to the rally.', true],
    // negative: "more than expected" compares; a crowd that later swelled is told from later on
    ['More than expected, 50,000 people marched.', false],
    ['About 500 attended the march.', false],
  ] as const)('%j -> %j', (text, expected) => {
    expect(forecast.isForecast(figureAt(readSentence(sentence(text)), 0))).toBe(expected);
  });
});

/** [sentence, the claims found: [figure, claimant, relation to the claim before]] */
type RelatedRow = [string, Array<[string, string | null, string | null]>];

const RELATED: Array<[{ name: string }, RelatedRow[]]> = [
  [
    attributionAside,
    [
      [
        'Hundreds of thousands of people (police: 1.5 million; organisers: 5 million) marched.',
        [
          ['Hundreds of thousands', null, null],
          ['1.5 million', 'police', 'same-gathering'],
          ['5 million', 'organisers', 'same-gathering'],
        ],
      ],
      // negative: an aside that is no attribution gives nothing
      ['Thousands of people (about 12 miles away) marched.', [['Thousands', null, null]]],
    ],
  ],
  [
    partAtPlace,
    [
      [
        'More than 2 million took part nationwide, including 400,000 in Paris.',
        [
          ['More than 2 million', null, null],
          ['400,000', null, 'part-of'],
        ],
      ],
      // negative: a breakdown by group names no place
      [
        'More than 2,000 people marched, including 400 students.',
        [
          ['More than 2,000', null, null],
          ['400', null, null],
        ],
      ],
    ],
  ],
  [
    listByPlace,
    [
      [
        'Protesters marched in several cities on Saturday, with about 300 in Northbridge, 4,000 in Eastport and some 5,000 in Kelham, police said.',
        [
          ['about 300', 'police', null],
          ['4,000', 'police', null],
          ['some 5,000', 'police', null],
        ],
      ],
      [
        'Thousands marched in Vienna on Saturday, 2,000 in Graz and 500 in Linz.',
        [
          ['Thousands', null, null],
          ['2,000', null, null],
          ['500', null, null],
        ],
      ],
      [
        'Teachers rallied in three towns: about 300 in Northbridge, 4,000 in Eastport and some 5,000 in Kelham.',
        [
          ['about 300', null, null],
          ['4,000', null, null],
          ['some 5,000', null, null],
        ],
      ],
      [
        'In Northbridge about 300 teachers marched, in Eastport 4,000 and in Kelham some 5,000, organisers said.',
        [
          ['about 300', 'organisers', null],
          ['4,000', 'organisers', 'part-of'],
          ['some 5,000', 'organisers', 'part-of'],
        ],
      ],
      [
        'In Eastport, several thousand joined a march; 1,000 turned out in Northbridge; 1,000 at three events in Kelham; 600 in Morvale.',
        [
          ['several thousand', null, null],
          ['1,000', null, null],
          ['1,000', null, null],
          ['600', null, null],
        ],
      ],
      // negative: places in a sentence about no gathering, and a figure after a place that counts something else
      ['The company employs 300 in Northbridge; 1,000 at three plants in Kelham.', []],
      ['The company employs 300 in Northbridge and 4,000 in Eastport.', []],
      ['The company employs 300 in Northbridge, and in Eastport 4,000.', []],
      ['Thousands marched in Kelham, and in Eastport police arrested 12.', [['Thousands', null, null]]],
      ['Some 5,000 people marched in Kelham, and 200 were arrested in Eastport.', [['Some 5,000', null, null]]],
    ],
  ],
];

describe.each(RELATED.map(([rule, rows]) => [rule.name, rows] as const))('the related-claim rule %s', (_name, rows) => {
  it.each(rows)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => [c.text, c.claimant, c.relation?.kind ?? null])).toEqual(expected);
  });
});

describe('the claim rules together', () => {
  it('ask the related-claim rules first, then the figure rules in order', () => {
    expect(RELATED_CLAIM_RULES.map((r) => r.name)).toEqual(['attribution-aside', 'part-at-place', 'list-by-place']);
    expect(FIGURE_RULES.map((r) => r.name)).toEqual([
      'number-in-name',
      'strike-not-held',
      'striking-body-holding',
      'held-by-body',
      'figure-before-crowd-noun',
      'population',
      'activity-participants',
      'part-of-group',
      'verb-past-complement',
      'part-turned-out',
      'part-of-whole',
      'part-of-crowd',
      'facing-the-crowd',
      'negated-verb',
      'crossed-picket-line',
      'casualty-count',
      'breakdown-of-casualties',
      'casualty-verb',
      'arrest-passive',
      'job-action',
      'signed-or-voted',
      'staying-verb',
      'joined-organisation',
      'deployed-force',
      'possessed-staff',
      'beneficiaries',
      'attended-school',
      'size-per-gathering',
      'recurring-size',
      'strong-crowd',
      'person-sized',
      'filled-with',
      'passive-turnout',
      'attendance-line',
      'audience-before',
      'addressed-audience',
      'audience',
      'protest-action',
      'present-at-gathering',
      'people-at-occasion',
      'squad-position',
      'people-noun',
      'actor-before-gathering-verb',
      'year-or-other-noun',
      'part-of-things',
      'size-change',
      'gathering-noun-before',
      'gathering-verb-after',
      'counted-by-verb',
      'drawn-by-verb',
      'event-draws',
      'forecast-object',
    ]);
  });
});
