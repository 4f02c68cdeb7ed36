import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../src/annotate/core/rules.js';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith, type MentionRules } from '../../../src/annotate/names/locales/en/mentions.js';
import { ENTITY_RULES } from '../../../src/annotate/names/entities.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { sentence } from '../../support/annotate.js';
import { writeCorpus } from '../../support/corpus.js';
import { article } from '../../support/crowdEvents.js';
import { STATED_ROLE_TABLES } from './statedRoles.tables.js';
import { ROLES15_TABLES } from './roles15.tables.js';

/**
 * Each name rule on a sentence where it decides (`matters`: the mentions differ without it) or where it
 * must change nothing: [sentence, the mentions "name [person/org/place] roles…", matters].
 */
type Row = [string, string[], boolean];

const without = (rule: Rule): MentionRules => ({
  spans: en.spans.filter((r) => r !== rule),
  evidence: en.evidence.filter((r) => r !== rule),
  relations: en.relations.filter((r) => r !== rule),
  roleChecks: en.roleChecks.filter((r) => r !== rule),
});

const mentions = (text: string, rules: MentionRules = en): string[] =>
  findNameMentionsWith(rules, sentence(text)).map(
    (m) => `${m.text} [${m.person}/${m.org}/${m.place}]${m.roles.map((r) => ` ${r}`).join(';')}${m.alias !== undefined ? ` =${m.alias}` : ''}`,
  );

const TABLES: Array<[string, Row[]]> = [
  [
    'publication-name',
    [
      ['Carlos told Socialist Worker.', ['Carlos [3/0/0]', 'Socialist Worker [0/2/0]'], true],
      // negative: an article before the titles, a name after them
      ['He told the President.', [], false],
      ['He told Vice President Mike Pence.', ['Mike Pence [5/0/0] Vice President'], false],
    ],
  ],
  [
    'publication-is-organization',
    [
      ['Carlos told Socialist Worker.', ['Carlos [3/0/0]', 'Socialist Worker [0/2/0]'], true],
      ['Carlos told John Smith.', ['Carlos [3/0/0]', 'John Smith [3/0/0]'], false],
    ],
  ],
  // a run of titles alone: dropped here, and by titles-demonyms-places after it (the guard keeps later rules from an empty name)
  ['title-only', [['Rescuers cheered when the President arrived.', ['Rescuers [0/0/0]'], false]]],
  [
    'common-noun-start',
    [
      ['Coalition talks stalled on Monday.', [], true],
      ['Sadr supporters marched.', [], true],
      ['He met John Smith.', ['John Smith [3/0/0]'], false],
    ],
  ],
  [
    'common-word-by-position',
    [
      // a common word by the word-case table, capitalised by its place (the unlabelled timeline articles)
      ['Demonstrations continue to take place every day.', [], true],
      ['Tanks moved into the townships yesterday.', [], true],
      // negative: a name prose writes with a capital, a word mid-sentence
      ['Greenpeace said the ship had left.', ['Greenpeace [0/0/0]'], false],
      ['They met at the Local Government Association.', ['Local Government Association [0/3.5/0]'], false],
    ],
  ],
  [
    'photo-credit',
    [
      ['Photo: Eric Lalmand/Belga', ['Belga [0/0/0]'], true],
      ['Police said Eric Lalmand was calm.', ['Eric Lalmand [3/0/0]'], false],
      ['Image copyright Reuters', [], true],
      ['Troops remain in the country [File: Reuters]', ['File [0/0/0]'], true],
      // negative: a name before the words of a credit
      ['Reuters said the image copyright had lapsed.', ['Reuters [1/0/0]'], false],
    ],
  ],
  ['group-possessive', [["Thousands joined the Women's March.", [], true]]],
  [
    'place-people',
    [
      ['More than 3,000 New Yorkers marched across the bridge.', [], true],
      ['Crowds of Chicagoans cheered.', [], true],
      // negative: a stem that is no place, a team named for its place
      ['Bernie Sanders spoke.', ['Bernie Sanders [3/0/0]'], false],
      ['The Texas Rangers won.', ['Texas Rangers [0/1.5/0]'], false],
    ],
  ],
  [
    'event-name',
    [
      ['Unions plan to disrupt the World Cup soccer tournament.', [], true],
      ['It was the lone success of the Arab Spring.', [], true],
      // an institution named for the event keeps its own last word, and a one-word name is no event's
      ['The FIFA World Cup Organising Committee said no.', ['FIFA World Cup Organising Committee [0/4.5/0]'], false],
      ['Spring said the plan would pass.', [], false],
    ],
  ],
  [
    'landmark-possessive',
    [
      ["They prayed at St. Paul's Church.", [], true],
      ["Thousands joined the Chicago Teachers' Union.", ["Chicago Teachers' Union [0/3.5/0]"], false],
    ],
  ],
  ['keep-institution', [['The University of Chicago said it had no record.', ['University of Chicago [0/4.5/0]'], true]]],
  // the keep rules overlap: each of these is kept by another one too
  ['keep-known-organization', [['The White Sox won again.', ['White Sox [0/1.5/0]'], false]]],
  ['keep-place-team', [['The Denver Nuggets won again.', ['Denver Nuggets [0/1.5/0]'], false]]],
  ['keep-named-by-acronym', [['Members of Alternative for Germany (AfD) walked out.', ['Alternative for Germany [0/2/0] =1', 'AfD [0/2/0]'], true]]],
  [
    'keep-cause-group',
    [
      // (a Socialist Worker report of 2003, development pages; negative: a person's name)
      [
        'Students hope this event will mark a contribution to the national antiwar movement, by forging collaboration between existing national formations such as United for Peace and Justice, International ANSWER, Not in Our Name, and U.S. Labor Against War.',
        ['United for Peace and Justice [0/1/0]', 'International ANSWER [2/0/0] Justice', 'Not [0/0/0]', 'Our Name [0/0/1]', 'U.S. Labor Against War [0/0/0]'],
        true,
      ],
      ['He met John Smith.', ['John Smith [3/0/0]'], false],
    ],
  ],
  [
    'place-opener',
    [
      ['Rescuers searched Lake Orin on Sunday.', ['Rescuers [0/0/0]'], true],
      ['He met John Smith.', ['John Smith [3/0/0]'], false],
    ],
  ],
  // places and demonyms: dropped here, and by the rules after it
  ['titles-demonyms-places', [['He flew to Iraq.', [], false]]],
  ['modifies-role-noun', [['A top Shiite cleric spoke.', [], true]]],
  [
    'listed-with-places',
    [
      // a name listed with two places is a place, whatever its words say
      ['Allies suggested states like Minnesota, Virginia or even New Jersey might be in play.', ['Virginia [1/0/2]'], true],
      ['The victories came in the states, particularly Kentucky, Ohio, and Virginia.', ['Virginia [1/0/2]'], true],
      // negative: after a list that closed, with no conjunction, with one place only
      ['Our failure was in Libya and Iraq, Graham argues.', ['Graham [3/0/0]'], false],
      ['Saeed Ahmed Khan, Detroit, Michigan: we are used to it.', ['Saeed Ahmed Khan [3/0/2]'], false],
      ['Two Democrats voted no: Mark Begich of Alaska and Mark Pryor of Arkansas.', ['Democrats [0/0/0]', 'Mark Begich [3/0/0]', 'Mark Pryor [3/0/0]'], false],
    ],
  ],
  [
    'outlet-before-work',
    [
      // a name before what an outlet or a pollster makes, or before its staff, is the outlet
      ['The opinions are not binding, according to a Reuters report.', ['Reuters [0/1/0]'], true],
      ['A Quinnipiac poll on Tuesday found half of voters embarrassed.', ['Quinnipiac [0/1/0]'], true],
      ['Jason Rezaian, a Washington Post journalist, was held.', ['Jason Rezaian [5/0/0] Washington Post journalist', 'Washington Post [0/4/0]'], true],
      // negative: a sentence's first word before "reports", a possessive, a person's interview
      ['Newspaper reports say the talks failed.', [], false],
      ["Reuters's report said so.", ['Reuters [1/0/0]'], false],
      ['He gave a Trump interview.', ['Trump [0/0/0]'], false],
    ],
  ],
  [
    'adjective-before-noun',
    [
      // a capitalised adjective before the lower-case noun it modifies names no one
      ['The comments follow some big Democratic victories in the municipal elections.', [], true],
      ['It is the so-called Democratic “blue wall” that he carried.', [], true],
      ['He said Islamic militants had been dealt a blow.', [], true],
      // a people's adjective the lexicon reads as a noun, by its ending (who15: the topic articles' "British" in eleven heads)
      ['He pleaded for clemency on behalf of British companies facing the heavy costs.', [], true],
      ['For a past piece, I asked some British teen magazines for their position.', [], true],
      // negative: the party's name, a word the lexicon knows otherwise, a verb or a name after it
      ['Tester views the Democratic Party as toxic.', ['Democratic Party [0/3.5/0]'], false],
      ['The tale Brown tells is so extraordinary.', ['Brown [1/0/0] tale'], false],
      ['Djokovic suggested a change.', ['Djokovic [0/0/0]'], false],
      ['Democratic lawmakers said no.', [], false],
      ['Parrish Walsh met Trish Walsh.', ['Parrish Walsh [1/0/0]', 'Trish Walsh [3/0/0]'], false],
      ['The British Museum reopened.', ['British Museum [0/3.5/0]'], false],
    ],
  ],
  [
    'modifier-not-surname',
    [
      ['He met the Chief Executive.', [], true],
      // a given name the lexicon files as a person's (a surname too) makes the adjective after it a surname; a title does not
      ["Donna Kelce has praised Taylor Swift's new album.", ['Donna Kelce [3/0/0]', 'Taylor Swift [1/0/0]'], false],
      ['Victoria Grand, head of policy, says so.', ['Victoria Grand [2/0/0] head of policy'], false],
      [
        'Professor Keith Still of Manchester Metropolitan University estimated the crowd.',
        ['Keith Still [6/0/0] Professor; of Manchester Metropolitan University', 'Manchester Metropolitan University [0/4/0]'],
        false,
      ],
    ],
  ],
  [
    'place-span',
    [
      ['He visited the United States.', [], true],
      ['They met near Karbala province.', [], true],
      ['They gathered in Tahrir Square.', ['Tahrir Square [0/0/2]'], false],
    ],
  ],
  [
    'courtesy-title-opens-role',
    [
      ['Video would later show Mr. Rahami on the street.', ['Video [0/0/0]', 'Rahami [2/0/0]'], true],
      ['The police said Mr. Rahami fled.', ['Rahami [2/0/0]'], false],
    ],
  ],
  [
    'role-quantifier',
    [
      ['Many young activists Ann Lee and Omar Said spoke.', ['Ann Lee [5/0/0] young activists', 'Omar Said [5/0/0] young activists'], true],
      ['Senior cleric Ali Hassan spoke.', ['Ali Hassan [5/0/0] Senior cleric'], false],
    ],
  ],
  [
    'adjective-role-head',
    [
      ['Changes anticipated under Trump pleased the markets.', ['Trump [0/0/0]'], true],
      ['Iranian general Qasem Soleimani was killed.', ['Qasem Soleimani [2/0/0] Iranian general'], false],
      ['He said transportation expert Joe Smith was right.', ['Joe Smith [4/0/0] transportation expert'], false],
    ],
  ],
  [
    'organization-role-descriptor',
    [
      ['Two donors tell ABC News that it happened.', ['ABC News [0/3/0]'], true],
      ['Law enforcement sources tell TMZ that it happened.', ['TMZ [0/3/0]'], true],
      ['The march was planned by the activist group Workers United Network.', ['Workers United Network [0/5/0] activist group'], false],
      ['Populist cleric Muqtada al-Sadr spoke.', ['Muqtada al-Sadr [3/0/0] Populist cleric'], false],
    ],
  ],
  [
    'role-words',
    [
      ['Iranian general Qasem Soleimani was killed.', ['Qasem Soleimani [2/0/0] Iranian general'], true],
      ['He met the Iraqi President, Barham Salih.', ['Barham Salih [2/0/0] Iraqi President'], true],
      ['The Kataib Hezbollah militia group denied it.', ['Kataib Hezbollah [0/2.5/0] militia group'], true],
      // an appositive's noun the lexicon files as a verb ("network", "parties") after an article or "of", or a descriptor anywhere
      ['The Local Committees, a network of activists, said the army shelled the town.', ['Local Committees [0/2.5/0] network of activists'], true],
      ['The Popular Front, an alliance of parties, called for a strike.', ['Popular Front [0/5.5/0] alliance of parties'], true],
      ['The Coordination Committees, an activist network, said it.', ['Coordination Committees [0/2.5/0] activist network'], true],
      // a clause between commas is no appositive, and a person's role that names a party stays a person's
      ['The Local Committees, the groups said, counted the dead.', ['Local Committees [0/0.5/0]'], false],
      ['Maria Lopez, the party chief, said it.', ['Maria Lopez [5/0/0] party chief'], true],
      // a descriptor the lexicon files as a verb ("party") after a determiner; not a verb after a name with none
      ["Netanyahu's Likud party tried to rally support.", ['Netanyahu [0/0/0]', 'Likud [0/2/0] party'], true],
      ['Let Smith party tonight.', ['Smith [1/0/0]'], false],
    ],
  ],
  [
    'appositive-role-head',
    [
      ['Aaron Kohli, interest rate strategist at a bank, said so.', ['Aaron Kohli [5/0/0] interest rate strategist'], true],
      [
        'Ann Dale, a senior fellow at the Centre for Study and a former envoy, said so.',
        ['Ann Dale [4/0/0] senior fellow', 'Centre for Study [0/3.5/0]'],
        true,
      ],
      // (read whole since branch roles15: a role's head noun and what it is of, `appositive-role-with-object`)
      ['Mark Spivey, a spokesman for the county prosecutor’s office, said so.', ['Mark Spivey [5/0/0] spokesman for the county prosecutor’s office'], false],
      ['Diego Jeronimo, 36, the owner of a store near where it unfolded, said so.', ['Diego Jeronimo [2/0/0] owner'], true],
      // a whole appositive is role-words' (the head adds nothing); a plural, a place or a clause is no role
      ['Maria Lopez, the party chief, said it.', ['Maria Lopez [5/0/0] party chief'], false],
      ['He met Smith, leading protesters in the square where they stood.', ['Smith [1/0/0]'], false],
      ['They drove to Santa Barbara, a city in the hills where the fires burned.', ['Santa Barbara [1/0/1]'], false],
      ['He told Smith, the day after the vote where it was held, that it was over.', ['Smith [1/0/0]'], false],
      // a possessive owner opens the role, a title may follow it; a relative pronoun or "and" ends the head
      [
        "Another possibility is Steve A. Linick, the State Department's inspector general, who said so.",
        ["Steve A. Linick [5/0/0] State Department's inspector general", 'State Department [0/3.5/0]'],
        true,
      ],
      ["He met David Roet, Israel's Consul General for the Midwest--who spoke.", ["David Roet [5/0/0] Israel's Consul General", 'Midwest [0/0.5/0]'], true],
      ['Among them was Diego Garcia, a former gang member who has turned his life around.', ['Diego Garcia [2/0/0] former gang member'], true],
      [
        "Barbara Becnel, Stan's co-author and longtime advocate, said so.",
        ["Barbara Becnel [4/0/0] Stan's co-author and longtime advocate", 'Stan [3/0/0]'],
        true,
      ],
      // an "and" before what is no second role ends the role before it
      [
        'said Joseph Schwieterman, a transportation expert and professor at DePaul University in Chicago.',
        ['Joseph Schwieterman [5/0/0] transportation expert and professor at DePaul University in Chicago', 'DePaul University [0/3/0]'],
        false,
      ],
      ['Maria Lopez, a longtime activist and the author of two books, said so.', ['Maria Lopez [5/0/0] longtime activist'], true],
      // a place owns no one's role, nor does a name that goes on to another name
      ["They drove to Chicago, Illinois's largest city, on Monday.", [], false],
      ['He met Smith, Jones and Brown said.', ['Smith [1/0/0]', 'Jones [1/0/0]', 'Brown [0/0/0]'], false],
    ],
  ],
  [
    'relative-clause-role',
    [
      ["Kisha Rivera, who works as a cabin cleaner at O'Hare, said so.", ['Kisha Rivera [3/0/0] cabin cleaner', "O'Hare [0/0/0]"], true],
      [
        'said Matt Moore, who was the Republican Party chairman in South Carolina.',
        ['Matt Moore [5/0/0] Republican Party chairman', 'Republican Party [0/3.5/0]'],
        true,
      ],
      ['Maria Lopez, who has been a lawyer for years, said so.', ['Maria Lopez [5/0/0] lawyer'], true],
      // a clause of what befell someone, an age or a place is no role
      ['Maria Lopez, who was arrested on Monday, said so.', ['Maria Lopez [3/0/0]'], false],
      ['Maria Lopez, who is 35, said so.', ['Maria Lopez [3/0/0]'], false],
      ['He met Maria Lopez, who was in Chicago, on Monday.', ['Maria Lopez [3/0/0]'], false],
    ],
  ],
  [
    'lexicon-names',
    [
      ['He met John Smith.', ['John Smith [3/0/0]'], true],
      ['They met Sunday in Santa Barbara.', ['Santa Barbara [1/0/1]'], true],
      // one word before a common noun it modifies is a place's or an event's name as often as a person's
      ['The bomb caused the Chelsea blast.', ['Chelsea [0/0.5/0]'], false],
      ['It was not just a Ferguson march.', ['Ferguson [0/0/0]'], false],
      ['He met Chelsea yesterday.', ['Chelsea [3/0/0]'], true],
      ['Chelsea blasts the plan.', ['Chelsea [3/0/0]'], true],
    ],
  ],
  ['institution-word', [['The Iraqi Foreign Ministry protested.', ['Iraqi Foreign Ministry [0/3.5/0]'], true]]],
  [
    'fitted-institution-head',
    [
      ['Leaders met at the World Economic Forum in Davos.', ['World Economic Forum [0/1.5/0]', 'Davos [0/0/1]'], true],
      ['A rally was called by the Equality Campaign.', ['Equality Campaign [0/1.5/0]'], true],
      // negative: a person's first name before a head-like surname, a head alone, the lexicon's own institution word
      ['Steve Cross said the vote was close.', ['Steve Cross [4/0/0]'], false],
      ['The Forum opened on Monday.', ['Forum [0/0.5/0]'], false],
      ['The Iraqi Foreign Ministry protested.', ['Iraqi Foreign Ministry [0/3.5/0]'], false],
    ],
  ],
  ['organization-tag', [['He met John Smith.', ['John Smith [3/0/0]'], false]]],
  ['the-before', [['The Pentagon denied it.', ['Pentagon [0/1.5/0]'], true]]],
  [
    'place-words',
    [
      ['They gathered in Tahrir Square.', ['Tahrir Square [0/0/2]'], true],
      ['The Pentagon denied it.', ['Pentagon [0/1.5/0]'], false],
    ],
  ],
  [
    'place-then-region',
    [
      ['Michael Brown was killed in Ferguson, Mo., in August.', ['Michael Brown [3/0/0]', 'Ferguson [0/0/3]', 'Mo [0/0/2]'], true],
      ['In Jackson, Mississippi, police said.', ['Jackson [0/0/3]'], true],
      // a first name's evidence is outweighed when the state is set off by punctuation
      ['Peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500.', ['Madison [3/0/5]'], true],
      ['Ken Paxton, the Texas attorney general, said it.', ['Ken Paxton [5/0/0] Texas attorney general'], false],
      // a role after the comma, a name going on after the region, a first name that is an abbreviation's spelling
      ['Maria Lopez, a lawyer, said it.', ['Maria Lopez [5/0/0] lawyer'], false],
      ['John Smith, Missouri Governor Jay Nixon and others met.', ['John Smith [3/0/0]', 'Jay Nixon [3/0/0] Missouri Governor'], false],
      ['Mo Farah, Ala Ahmed and others ran.', ['Mo Farah [1/0/0]', 'Ala Ahmed [1/0/0]'], false],
    ],
  ],
  [
    'seat-of-government',
    [
      ['The Kremlin believes that the U.S. has seized on it.', ['Kremlin [0/1.5/0]'], true],
      ['Obama spoke at the White House before leaving.', ['Obama [1/0/0]', 'White House [0/1.5/0]'], true],
      ['They marched down Whitehall to Parliament Square.', ['Whitehall [0/0/0]', 'Parliament Square [0/0/2]'], false],
    ],
  ],
  [
    'proclaimed-state',
    [
      ['Militants linked to the Islamic State were expanding.', ['Islamic State [0/1.5/0]'], true],
      ['Many joined groups in Syria, including the Islamic State.', ['Islamic State [0/1.5/0]'], true],
      ['He moved to Washington State last year.', ['Washington State [0/0/2]'], false],
      ['Officials of the Free State met.', ['Free State [0/0.5/1]'], false],
    ],
  ],
  [
    'acronym',
    [
      ['PMF commanders denied it.', ['PMF [0/2/0]'], true],
      ['The AfD walked out.', ['AfD [0/2.5/0]'], true],
    ],
  ],
  [
    'speaks',
    [
      ['Human Rights Watch said the arrests were arbitrary.', ['Human Rights Watch [0/1/0]'], true],
      ['He said Georgia Meloni said the plan would pass.', ['Georgia Meloni [1/0/0]'], true],
      ['He met John Smith.', ['John Smith [3/0/0]'], false],
    ],
  ],
  [
    'told-recipient',
    [
      // the listener of "told" with "the" or in capitals is a body (who15: the topic articles' "told the Guardian", "told AFP")
      ['"We are deeply concerned," a senior official told the Guardian.', ['Guardian [0/1.5/0]'], true],
      ['One witness told AFP that the shooting went on for an hour.', ['AFP [0/2/0]'], true],
      // negative: a person told, a name that modifies the listener, a name after another verb
      ['She told Jacob Mwangi the vote would be held.', ['Jacob Mwangi [3/0/0]'], false],
      ['He told the Intercept staff.', ['Intercept [0/0.5/0]'], false],
      ['The report appeared in the Guardian on Monday.', ['Guardian [0/0.5/1]'], false],
    ],
  ],
  [
    'acronym-owns-role',
    [
      // an acronym before a noun of an office or a staff is the body that has them (who15: "IMF chief", "UN spokesman")
      ['The IMF chief said growth would slow.', ['IMF [0/2.5/0]'], true],
      ['GOP lawmakers included the cuts in the deal.', ['GOP [0/2/0]'], true],
      // negative: a common noun's abbreviation before a device's or a patient's noun, an acronym alone
      ['He bought a new DVD player last week.', ['DVD [0/1/0]'], false],
      ['The clinic treats HIV patients from three districts.', ['HIV [0/1/0]'], false],
      ['The figures were released by the IMF.', ['IMF [0/1.5/0]'], false],
    ],
  ],
  [
    'speech-before-name',
    [
      // the speaker after the verb, after a quote or a clause (L3S-GN1 2008 pages: a project's overseer, a mourner)
      ['"We did our best," said Janno Lieber.', ['Janno Lieber [1/0/0]'], true],
      ['The ruling was fair, added Teimour Radjabov.', ['Teimour Radjabov [1/0/0]'], true],
      ['"The arrests were arbitrary," said Human Rights Watch.', ['Human Rights Watch [0/1/0]'], true],
      // negative: a name already told (a first name), one word, no quote or clause before the verb, "told"'s object
      ['"We did our best," said John Smith.', ['John Smith [3/0/0]'], false],
      ['"We did our best," said Lieber.', ['Lieber [0/0/0]'], false],
      ['He said Janno Lieber was there.', ['Janno Lieber [0/0/0]'], false],
      ['"We did our best," told Janno Lieber.', ['Janno Lieber [0/0/0]'], false],
    ],
  ],
  [
    'person-mark-after-name',
    [
      // an age, a picture's position, a relative "who" after a name nothing else tells
      ['Faisal Khosa, 35, whose father is a lawyer, spoke.', ['Faisal Khosa [1/0/0]'], true],
      ['Khalil Khatri (center) prayed with the others.', ['Khalil Khatri [1/0/0]'], true],
      ['They met Janno Lieber, who oversees the project.', ['Janno Lieber [1/0/0]'], true],
      // negative: a body's name, a score, "who" after one word, a figure that is no age, a name already told
      ['They met Human Rights Watch, who oversee the project.', ['Human Rights Watch [0/0/0]'], false],
      ['Hamas, who fired the rockets, spoke.', ['Hamas [0/0/0]'], false],
      ['Teimour Radjabov 35, Magnus 12.', ['Teimour Radjabov [0/0/0]', 'Magnus [3/0/0]'], false],
      ['They met Janno Lieber, 2008, in the hall.', ['Janno Lieber [0/0/0]'], false],
      ['Jane Doe, 35, spoke.', ['Jane Doe [3/0/0]'], false],
    ],
  ],
  [
    'based-before-name',
    [
      // a place with "-based" right before a name: a company or a body sits there (L3S-GN1 2008 pages: a film studio)
      ['A spokesman for Cologne, Germany-based MMC Studios said so.', ['MMC Studios [1/2/0]'], true],
      ['A spokesman for Germany-based MMC Studios was there.', ['MMC Studios [0/2/0]'], true],
      ['Toronto-based Solvers won the contract.', ['Solvers [0/2/0]'], true],
      // negative: a person noun between makes the place a person's; no "-based"
      ['The London-based artist John Smith said.', ['John Smith [6/0/0] London-based artist'], false],
      ['A spokesman for MMC Studios was there.', ['MMC Studios [0/0/0]'], false],
    ],
  ],
  [
    'role-owner-is-body',
    [
      // the team, the shop or the paper a person's role belongs to (L3S-GN1 2008 pages: hockey, a store, an attack)
      ['He said Islanders defenceman John Smith left.', ['Islanders [0/1.5/0]', 'John Smith [5/0/0] Islanders defenceman'], true],
      ['He said Harrods owner Mohamed Al Fayed left.', ['Harrods [0/1.5/0]', 'Mohamed Al Fayed [4/0/0] Harrods owner'], true],
      // a town before a squad's word is the team (`squad-owner-is-team`, branch who17)
      ['He said Derby manager Paul Jewell left.', ['Derby [0/1.5/0]', 'Paul Jewell [5/0/0] Derby manager'], true],
      // negative: a describing word, a place before an office's word, a person's name before the role
      ['He said Shiite cleric John Smith left.', ['John Smith [5/0/0] Shiite cleric'], false],
      ['He said Pasadena Mayor Bill Bogaard left.', ['Bill Bogaard [2/0/0] Pasadena Mayor'], false],
      ['He said Mulroney aide John Smith left.', ['John Smith [4/0/0] Mulroney aide'], false],
    ],
  ],
  ['known-organization', [['The White Sox won again.', ['White Sox [0/1.5/0]'], true]]],
  [
    'number-in-name',
    [
      ['Hyacinth Blanchard of UAW Local 2110 said of the event.', ['Hyacinth Blanchard [4/0/0] of UAW Local 2110', 'UAW Local 2110 [0/3/0]'], true],
      ["Section 22, the teachers' union, marched.", ["Section 22 [0/3/0] teachers' union"], true],
      ['members of the March 10th Coalition marched.', ['March 10th Coalition [0/4.5/0]'], true],
      // negative: a date before an institution word with no "the", a number after no unit word
      ['On March 10 Coalition members marched.', ['Coalition [0/3/0]'], false],
      ['Windows 10 users complained.', ['Windows [0/0/0]'], false],
    ],
  ],
  [
    'ampersand-in-name',
    [
      ['Smith & Wesson said no.', ['Smith & Wesson [0/1/0]'], true],
      ['Smith and Wesson said no.', ['Smith [1/0/0]', 'Wesson [0/0/0]'], false],
    ],
  ],
  [
    'as-role',
    [
      ['In 1929, when Jawaharlal Nehru as Congress President gave the call, January 26 was chosen.', ['Jawaharlal Nehru [2/0/0] Congress President'], true],
      ['Hillary Clinton as secretary of state traveled widely.', ['Hillary Clinton [5/0/0] secretary'], true],
      // negative: no title ending the phrase, a name after the title, "such as"
      ['Obama as a candidate promised it.', ['Obama [1/0/0]'], false],
      ['He saw Joe Smith as President Obama spoke.', ['Joe Smith [3/0/0]', 'Obama [3/0/0] President'], false],
      ['Leaders such as Ann Lee spoke.', ['Ann Lee [3/0/0]'], false],
    ],
  ],
  [
    'document-name',
    [
      ['Trump pulled the United States out of the Paris Agreement.', ['Trump [0/0/0]'], true],
      ['Lawmakers later renewed the Patriot Act.', [], true],
      // negative: the word alone, a name that ends in no document's word
      ['He said the Act was fair.', ['Act [0/0.5/0]'], false],
      ['Charter Communications said no.', ['Charter Communications [0/3/0]'], false],
    ],
  ],
  [
    'adherents',
    [
      ['NEITHER THE Democrats nor the hurricanes could stop him.', ['Democrats [0/0/0]'], true],
      ['It was a very sacred date to the Muslims.', ['Muslims [0/0/1]'], true],
      ['Burton and Migden, both San Francisco Democrats, backed it.', ['Burton [3/0/0]', 'Migden [0/0/0]', 'San Francisco Democrats [0/0/0]'], true],
      // negative: a party's or a faith's body named in full, a surname
      ['The Democratic Party said no.', ['Democratic Party [0/4.5/0]'], false],
      ['The Muslim Council of Britain said no.', ['Muslim Council of Britain [0/4.5/0]'], false],
      ['The Young Democrats met.', ['Young Democrats [0/0.5/0]'], false],
    ],
  ],
  [
    'cause-group-name',
    [
      [
        'Five hundred came to a panel at the University of Iowa, where Iowans for Peace is planning a rally.',
        ['University of Iowa [0/3.5/0]', 'Iowans for Peace [0/1/0]'],
        true,
      ],
      ['A newly formed rank-and-file caucus, Members for Reform, handed out flyers.', ['Members for Reform [0/2/0] rank-and-file caucus'], true],
      ['The rally was sponsored by New York Lawyers Against the Death Penalty.', ['New York Lawyers Against the Death Penalty [0/1/0]'], true],
      // negative: a surname or a body after "for", no plural before it
      ['He thanked Williams for Peace.', ['Williams [1/0/0]', 'Peace [0/0/0]'], false],
      ['They voted Democrats for Congress.', ['Democrats [0/0/0]', 'Congress [0/3/0]'], false],
      ['The Coalition for Immigrant Rights marched.', ['Coalition for Immigrant Rights [0/3.5/0]'], false],
    ],
  ],
  [
    'keep-body-head-topic',
    [
      // a body named by its head, "of" and a place (Reuters, Socialist Worker, L3S-GN1 development pages)
      ['The United Steelworkers of America said the strike would go on.', ['United Steelworkers of America [0/1.5/0]'], true],
      ['He joined the Democratic Socialists of America in 1980.', ['Democratic Socialists of America [0/0.5/0]'], true],
      ['She quoted the Press Trust of India.', ['Press Trust of India [0/1.5/0]'], true],
      // negative: a head of places' names stays a place; no place after the joiner, nothing to keep against
      ['It is the capital of the Federal Republic of Germany.', [], false],
      ['The House of Commons voted.', ['House of Commons [0/0.5/0]'], false],
    ],
  ],
  [
    'alias-in-parentheses',
    [
      ['Hashd Shaabi (Popular Mobilization Forces) fighters joined.', ['Hashd Shaabi [0/0/0] =1', 'Popular Mobilization Forces [0/3/0]'], true],
      ['Kataib Hezbollah (militia) denied it.', ['Kataib Hezbollah [0/2/0] militia'], false],
    ],
  ],
  [
    'role-in-parentheses',
    [
      ['Kataib Hezbollah (militia) denied it.', ['Kataib Hezbollah [0/2/0] militia'], true],
      ['Hashd Shaabi (Popular Mobilization Forces) fighters joined.', ['Hashd Shaabi [0/0/0] =1', 'Popular Mobilization Forces [0/3/0]'], false],
    ],
  ],
  [
    'listed-with-people',
    [
      // a full name of unknown words beside a person's, joined by a comma or "and"
      ['Kate Winslet and Karoline Herfurth starred.', ['Kate Winslet [3/0/0]', 'Karoline Herfurth [1/0/0]'], true],
      ['Kate Winslet, Karoline Herfurth and Bruno Ganz starred.', ['Kate Winslet [3/0/0]', 'Karoline Herfurth [1/0/0]', 'Bruno Ganz [3/0/0]'], true],
      // negative: one word, a body's evidence, a place's, a possessive, no person beside it
      ['They sued Procter and Gamble.', ['Procter [0/0/0]', 'Gamble [0/0/0]'], false],
      ['John Smith and Weinstein Co. agreed.', ['John Smith [3/0/0]', 'Weinstein Co. [0/4/0]'], false],
      ['Kate Winslet and Sagarmatha Region met.', ['Kate Winslet [3/0/0]', 'Sagarmatha Region [0/0/1]'], false],
      ['Teimour Radjabov and Karoline Herfurth starred.', ['Teimour Radjabov [0/0/0]', 'Karoline Herfurth [0/0/0]'], false],
    ],
  ],
  [
    'member-of',
    [
      [
        'He met Sayed Sadiq of the Iraqi Center for Studies.',
        ['Sayed Sadiq [1/0/0] of the Iraqi Center for Studies', 'Iraqi Center for Studies [0/4.5/0]'],
        true,
      ],
      ['He met John Smith.', ['John Smith [3/0/0]'], false],
      // a person named in full "of" a name of two words no one takes for a place: that name is a body
      ['Kevin Danaher of Global Exchange spoke.', ['Kevin Danaher [4/0/0] of Global Exchange', 'Global Exchange [0/2/0]'], true],
      ['John Smith of Brooklyn Heights spoke.', ['John Smith [3/0/0]', 'Brooklyn Heights [0/0/1]'], false],
    ],
  ],
  [
    'flight-number-no-name',
    [
      ['Rescuers searched for AirAsia Flight QZ8501 on Tuesday.', ['Rescuers [0/0/0]', 'AirAsia [0/2/0]'], true],
      ['The plane, Flight QZ8501, vanished.', [], true],
      // negative: "Flight" before no number opens a name or is a common word
      ['She booked a Flight Centre holiday.', ['Flight Centre [0/3/0]'], false],
      ['Flight attendants said no.', [], false],
    ],
  ],
  [
    'airline-before-flight',
    [
      ['Malaysia Airlines Flight 370 disappeared on March 8.', ['Malaysia Airlines [0/6/0]'], true],
      ['Searchers looked for AirAsia Flight QZ8501.', ['AirAsia [0/2/0]'], true],
      // negative: no flight after the name, or the airline's possessive (another rule's)
      ['AirAsia said the search went on.', ['AirAsia [0/0/0]'], false],
      ["AirAsia's Flight QZ8501 vanished.", ['AirAsia [0/0/0]'], false],
    ],
  ], // branch who9 (the fifth fresh batch): papers, national agencies, bodies serving two places
  [
    'masthead-after-place',
    [
      ['In a memo obtained by the Ottawa Citizen, officials said so.', ['Ottawa Citizen [0/2.5/0]'], true],
      ['He told the Kyiv Independent that.', ['Kyiv Independent [0/3.5/0]'], true],
      // negative: a place's feature word, no masthead word
      ['He lives in the Ottawa Valley.', ['Ottawa Valley [0/0.5/2]'], false],
      ['He was a Paris Citizen.', [], false],
    ],
  ],
  [
    'masthead-is-organization',
    [
      ['In a memo obtained by the Ottawa Citizen, officials said so.', ['Ottawa Citizen [0/2.5/0]'], true],
      ['He lives in the Ottawa Valley.', ['Ottawa Valley [0/0.5/2]'], false],
    ],
  ],
  [
    'keep-country-agency',
    [
      ['They include Global Affairs Canada and the defence department.', ['Global Affairs Canada [0/2/0]'], true],
      [
        'It is assigned to Housing, Infrastructure and Communities Canada while the rest is not.',
        ['Housing, Infrastructure and Communities Canada [0/2/0]'],
        true,
      ],
      // negative: an adjective before the country, one word alone
      ['He lives in Atlantic Canada and Northern Ireland.', [], false],
      ['He flew to Central Canada.', [], false],
    ],
  ],
  [
    'country-agency-is-organization',
    [
      ['They include Global Affairs Canada and the defence department.', ['Global Affairs Canada [0/2/0]'], true],
      ['He flew to Central Canada.', [], false],
    ],
  ],
  [
    'capital-the-before',
    [
      ['Medrano told The Intercept.', ['Medrano [0/0/0]', 'Intercept [0/2.5/0]'], true],
      ['He toured with The Rolling Stones in 1969.', ['Rolling Stones [0/1.5/0]'], true],
      // negative: "The" opening the sentence or a quotation, "the" in lower case
      ['The Intercept reported it.', ['Intercept [0/0.5/0]'], false],
      ['He told the Intercept staff.', ['Intercept [0/0.5/0]'], false],
      ['He saw “The Nanny” star Fran Drescher.', ['Fran Drescher [4/0/0] star'], false],
    ],
  ],
  [
    'places-and-body',
    [
      ['Devon and Cornwall Police said the man was arrested.', ['Devon and Cornwall Police [0/7/0]'], true],
      ['The Bill and Melinda Gates Foundation said.', ['Bill and Melinda Gates Foundation [0/5.5/0]'], true],
      // negative: places with no body, a person and a body
      ['Officials in Kenya and Uganda said.', [], false],
      ['Trump and Justice Department officials met.', ['Trump [0/0/0]', 'Justice Department [0/3/0]'], false],
    ],
  ],
  [
    'office-before-holder',
    [
      ['Minister of Natural Resources, Mohlomi Moleko, would not confirm it.', ['Mohlomi Moleko [2/0/0] Minister of Natural Resources'], true],
      [
        'The Leader of Burnley Council, Councillor Afrasiab Anwar MBE, has issued a statement.',
        ['Afrasiab Anwar MBE [5/0/0] Councillor; Leader of Burnley Council'],
        true,
      ],
      // negative: an institution word, no title; no comma before the name; no name after the comma
      ['The Ministry of Defence, officials said, was silent.', ['Ministry of Defence [0/3.5/0]'], false],
      ['Secretary of State Mike Pompeo said.', ['Mike Pompeo [5/0/0] Secretary of State'], false],
      ['He thanked the Minister of Health, and Smith agreed.', ['Smith [1/0/0]'], false],
    ],
  ],
  // teams named by their town (branch who13; more rows in teams.test.ts)
  [
    'keep-town-as-team',
    [
      ['Montreal is 3-1-1 so far on the trip.', ['Montreal [0/2/0]'], true],
      ['Mark Streit added a goal and an assist for Montreal.', ['Mark Streit [4/0/0]', 'Montreal [0/2/0]'], true],
      // negative: a town as a place
      ['He flew to Toronto and met the Toronto police.', [], false],
      ['In Portsmouth, the council voted 5-2 to close the pier.', ['Portsmouth [0/0/1]'], false],
    ],
  ],
  [
    'town-plays-as-team',
    [
      ['Luther Head had 12 for Houston, which improved to 6-2.', ['Luther Head [3/0/0]', 'Houston [1/2/0]'], true],
      // negative: a town as a place, a team's full name told already
      ['In Portsmouth, the council voted 5-2 to close the pier.', ['Portsmouth [0/0/1]'], false],
      ['The Denver Nuggets won again.', ['Denver Nuggets [0/1.5/0]'], false],
    ],
  ],
  [
    'result-verb-is-no-role',
    [
      ['Portsmouth beat Reading 2-0 at Fratton Park.', ['Reading [0/0/0]', 'Fratton Park [0/0/1]'], true],
      // negative: a noun heads the role
      ['Derby manager Paul Jewell said no.', ['Derby [0/1.5/0]', 'Paul Jewell [6/0/0] Derby manager'], false],
    ],
  ],
  [
    'squad-owner-opens-role',
    [
      // the role read back ran past the team into the sentence's verb (L3S-GN1 2008 pages: a football and a hockey report)
      [
        'But it was the form of Ronaldo that most delighted Milan coach Carlo Ancelotti.',
        ['Ronaldo [1/0/0]', 'Milan [0/1.5/0]', 'Carlo Ancelotti [5/0/0] Milan coach'],
        true,
      ],
      [
        "The Senators lost all-star right wing Dany Heatley, Spezza's linemate, for up to six weeks on Saturday when he dislocated his right shoulder during an awkward fall into the boards while he was trying to check Red Wings forward Dallas Drake.",
        [
          "Dany Heatley [2/0/0] Senators lost all-star right wing; Spezza's linemate",
          'Spezza [0/0/0]',
          'Red Wings [0/1.5/0]',
          'Dallas Drake [2/0/0] Red Wings forward',
        ],
        true,
      ],
      // negative: a word of time opens the role; a verb between the name and the squad's word; no squad's word
      ['He hired former Derby manager Paul Jewell.', ['Derby [0/1.5/0]', 'Paul Jewell [5/0/0] former Derby manager'], false],
      [
        'Andwele Slory beat goalkeeper Rob van Dijk at the near post.',
        ['Andwele Slory [0/1.5/0]', 'Rob van Dijk [5/0/0] Andwele Slory beat goalkeeper'],
        false,
      ],
      ['He called London mayor Boris Johnson.', ['Boris Johnson [5/0/0] London mayor'], false],
    ],
  ],
];

TABLES.push(...STATED_ROLE_TABLES, ...ROLES15_TABLES);

const RULES = [...en.spans, ...en.roleChecks, ...en.evidence, ...en.relations];

describe.each(TABLES)('the name rule %s', (name, rows) => {
  const rule = RULES.find((r) => r.name === name)!;
  it.each(rows)('%j', (text, expected, matters) => {
    expect(rule).toBeDefined();
    expect(mentions(text)).toEqual(expected);
    if (matters) expect(mentions(text, without(rule))).not.toEqual(expected);
    else expect(mentions(text, without(rule))).toEqual(expected);
  });
});

describe('the name rules together', () => {
  it('have a table each, and run in order', () => {
    expect(TABLES.map(([name]) => name).sort()).toEqual(RULES.map((r) => r.name).sort());
  });
});

describe('the name rule role-before-name', () => {
  it.each([
    // the capitalised words of a role are part of it, not a name of their own
    ['Iraqi Shiite cleric Muqtada al-Sadr spoke.', ['Muqtada al-Sadr [3/0/0] Iraqi Shiite cleric']],
    ['Muqtada al-Sadr spoke.', ['Muqtada al-Sadr [1/0/0]']],
    // a noun the lexicon files as a verb before the role's noun is part of it; a copula before a plural role is no verb taking an object
    ['They met campaign chairman John Podesta.', ['John Podesta [5/0/0] campaign chairman']],
    [
      'The two are cabinet ministers Jonathan Moyo and Saviour Kasukuwere.',
      ['Jonathan Moyo [5/0/0] cabinet ministers', 'Saviour Kasukuwere [2/0/0] cabinet ministers'],
    ],
    ['He will campaign John Podesta said.', ['John Podesta [4/0/0]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe.each([
  [
    'short-form-in-article',
    { 'a.md': article('2020-01-05', 'Populist cleric Muqtada al-Sadr called the rally. Sadr later left Baghdad.') },
    ['Muqtada al-Sadr person: Sadr'],
  ],
  ['first-name-in-article', { 'a.md': article('2020-01-05', 'The lawyer Maria Lopez spoke first. Maria later left Baghdad.') }, ['Maria Lopez person: Maria']],
  [
    // negative: two fuller names open with it, or it is a place there
    'first-name-in-article',
    {
      'a.md': article('2020-01-05', 'The lawyer Maria Lopez spoke first. The judge Maria Ortiz replied. Maria later left Baghdad.'),
    },
    ['Maria person: ', 'Maria Lopez person: ', 'Maria Ortiz person: '],
  ],
  [
    'middle-initial-in-article',
    {
      'a.md': article('2020-01-05', 'The envoy Maria T. Lopez spoke first. Maria Lopez later left Baghdad. Lopez said so.'),
    },
    ['Maria T. Lopez person: Maria Lopez, Lopez'],
  ],
  [
    // negative: two initialled names reduce to it, so it stays apart (and its surname is no one's in particular)
    'middle-initial-in-article',
    {
      'a.md': article('2020-01-05', 'President George W. Bush spoke first. His father George H. W. Bush replied. George Bush left Baghdad.'),
    },
    ['George Bush person: ', 'George H. W. Bush person: ', 'George W. Bush person: '],
  ],
  [
    'organization-first-word-in-article',
    {
      'a.md': article('2020-01-05', 'Amnesty International said the toll was higher. The figures were received by Amnesty on Monday.'),
    },
    ['Amnesty International organization: Amnesty'],
  ],
  [
    // negative: two bodies open with the word, so it stands for neither
    'organization-first-word-in-article',
    {
      'a.md': article(
        '2020-01-05',
        'The Harlow University Hospital said it was full. The Harlow University Press said it would print it. The figures were received by Harlow on Monday, officials said.',
      ),
    },
    ['Harlow University Hospital organization: ', 'Harlow University Press organization: '],
  ],
  [
    'short-form-in-corpus',
    {
      'a.md': article('2020-01-05', 'Populist cleric Muqtada al-Sadr called the rally.'),
      'b.md': article('2020-01-06', 'Sadr later left Baghdad, his aides said.'),
    },
    ['Muqtada al-Sadr person: Sadr'],
  ],
  [
    'group-named-for-name',
    {
      'a.md': article(
        '2004-10-01',
        'Ralph Nader spoke to 1,000 people. Members of Students for Nader helped introduce the event. Nader said the two parties agree.',
      ),
    },
    ['Ralph Nader person: Nader', 'Students for Nader organization: '],
  ],
  [
    'team-short-form-in-article',
    {
      'a.md': article(
        '2020-01-05',
        'The Los Angeles Chargers played their first game there. The Chargers won 21-7. The San Francisco Giants came later. The Dodgers beat the Giants 6-5.',
      ),
    },
    ['Los Angeles Chargers organization: Chargers', 'San Francisco Giants organization: Giants', 'Dodgers organization: '],
  ],
  [
    // negative: the words before the short form name no place ("Acme"), so it may be another team
    'team-short-form-in-article',
    {
      'a.md': article('2020-01-05', 'The Acme Rangers said they would appeal. The Acme Rangers lost on Monday. The Rangers said so, and the Rangers agreed.'),
    },
    ['Acme Rangers organization: ', 'Rangers organization: '],
  ],
  [
    // a given name in full and in its short form before one surname (an L3S-GN1 2008 page, winery blast)
    'short-given-name-in-article',
    {
      'a.md': article(
        '2008-01-18',
        'Assistant winemaker William Rikard-Bell, 27, survived the blast. The family held high hopes for Mr Rikard-Bell. The condition of our young winemaker, Will Rikard-Bell, is improving.',
      ),
    },
    ['William Rikard-Bell person: Rikard-Bell, Will Rikard-Bell'],
  ],
  [
    // negative: two given names that are not one name's forms, so two people and the surname alone stays apart
    'short-given-name-in-article',
    {
      'a.md': article('2008-01-18', 'The trainer Tom McGee said so. His sister Jane McGee agreed. McGee later left.'),
    },
    ['Jane McGee person: ', 'Tom McGee person: '],
  ],
  [
    // negative: a short form of two full names ("Steve": Steven or Stephen) says neither, so no join by it
    'short-given-name-in-article',
    {
      'a.md': article('2008-01-18', 'The coach Stephen Boyle said so. Steve Boyle, his cousin, agreed. Stephen Boyle later left.'),
    },
    ['Stephen Boyle person: ', 'Steve Boyle person: '],
  ],
  [
    'acronym-initials',
    { 'a.md': article('2020-01-05', 'The European Union condemned the attack. The EU will meet on Monday.') },
    ['European Union organization: EU'],
  ],
] as const)('the entity rule %s', (name, files, expected) => {
  it('joins the mentions it should', async () => {
    expect(ENTITY_RULES.map((r) => r.name)).toContain(name);
    const { corpus } = await loadCorpus(writeCorpus({ ...files }), { snapshot: false });
    expect(corpus.annotations.entities.map((e) => `${e.name} ${e.kind}: ${e.aliases.join(', ')}`)).toEqual(expected);
  });
});
