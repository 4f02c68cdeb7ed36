import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map(
    (m) => `${m.text} [${m.person > 0 ? 'person' : m.org > 0 ? 'org' : 'other'}]${m.roles.map((r) => ` ${r}`).join(';')}`,
  );

describe('the name rule person-noun-filed-otherwise', () => {
  it.each([
    // a person noun the lexicon files as a verb or an adjective heads a role before a name, in an appositive, alone
    ['The unit treated British nurse William Pooley.', ['William Pooley [person] British nurse']],
    ['Pauline Cafferkey, a Scottish nurse, arrived at the hospital.', ['Pauline Cafferkey [person] Scottish nurse']],
    ['But Gerhard Müller, the prefect for the congregation, quashed that hope.', ['Gerhard Müller [person] prefect for the congregation']],
    ['The suspect, Ismaaiyl Brinsley, had begun the day in Maryland.', ['Ismaaiyl Brinsley [person] suspect']],
    ['Jane Doe, the co-pilot, had flown for years.', ['Jane Doe [person] co-pilot']],
    // negative: after a pronoun, a modal or "to" it is the verb; capitalised it is left to the name rules
    ['They suspect Jane Doe of the theft.', ['Jane Doe [person]']],
    ['She came to nurse John Smith back to health.', ['John Smith [person]']],
    ['Officers will guard Jane Doe tonight.', ['Jane Doe [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule person-noun-filed-otherwise, in sports and business news of 2008 (L3S-GN1 pages)', () => {
  it.each([
    // a position or staff noun the lexicon files as a verb or an adjective heads the role before a name or set off by commas
    ['UCLA defensive tackle Kevin Brown had minor surgery on his left hip joint.', ['UCLA [org]', 'Kevin Brown [person] UCLA defensive tackle']],
    ['Aftab Ahmed top-scored with 54, while opener Tamim Iqbal scored 43.', ['Aftab Ahmed [person]', 'Tamim Iqbal [person] opener']],
    ['Five witnesses testified, including court-appointed monitor Pamela Strong.', ['Pamela Strong [person] court-appointed monitor']],
    [
      "But Cricket Australia's chief executive, James Sutherland, said yesterday it was fine.",
      ["James Sutherland [person] Cricket Australia's chief executive"],
    ],
    ['The chief executive, Peter Storrie, and Harry have gone away.', ['Peter Storrie [person] chief executive', 'Harry [person]']],
    // negative: after "to", a modal or a pronoun it is the verb; a body's name before "executive" stays (STAFF_NOUNS)
    ['Defenders will be available this Sunday to tackle Perth Glory at Members Equity Stadium.', ['Perth Glory [other]', 'Members Equity Stadium [other]']],
    ['They will monitor Jane Doe closely.', ['Jane Doe [person]']],
    [
      'Comcast does not block any Web sites, Comcast executive vice president David Cohen said in a statement.',
      ['Comcast [org]', 'Web [other]', 'Comcast [org]', 'David Cohen [person] executive vice president'],
    ],
    ['He signed an executive order with Jane Doe.', ['Jane Doe [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule describer-before-owner', () => {
  it.each([
    // an adjective between the appositive's article and the body that owns the role, a clause after it
    [
      "The Bulls' negotiations to secure the services of Eddie Jones, the former Australian World Cup coach who played a significant part in the Springboks' 2007 World Cup success, could be finalised next week.",
      ['Bulls [org]', 'Eddie Jones [person] former Australian World Cup coach', 'Springboks [org]'],
    ],
    [
      'Kirk Radomski, a former New York Mets clubhouse employee who along with McNamee was one of the key sources, was asked to speak to staff Feb. 1.',
      ['Kirk Radomski [person] former New York Mets clubhouse employee', 'New York Mets [org]', 'McNamee [other]'],
    ],
    // negative: a superlative describes a thing ranked, not a role (DEGREE_WORDS)
    [
      'According to the people behind the Guinness Book Of Records, the most successful British rock act of all time is Status Quo.',
      ['Guinness Book [org]', 'Records [other]', 'Status Quo [other]'],
    ],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule office-of-name-before-name', () => {
  it.each([
    // a role set off by commas before a name, ending in what it is of
    ['The mayor of Surabaya, Tri Rismaharini, comforted relatives.', ['Tri Rismaharini [person] mayor of Surabaya']],
    ['The leader of Ennahda, Rachid Ghannouchi, condemned the attack.', ['Ennahda [other]', 'Rachid Ghannouchi [person] leader of Ennahda']],
    [
      'President Trump’s ambassador to the United Nations, Nikki R. Haley, said she would resign.',
      ['Trump [person] President', 'United Nations [org]', 'Nikki R. Haley [person] ambassador to the United Nations'],
    ],
    ['The head of the World Bank, Jim Kim, said no.', ['World Bank [org]', 'Jim Kim [person] head of the World Bank']],
    // negative: a place's noun, no comma after the name, no person noun
    ['The capital of Indonesia, Jakarta, is sinking.', []],
    ['In the city of Surabaya, Tri Rismaharini comforted relatives.', ['Tri Rismaharini [other]']],
    ['Speaking in the name of Allah, Smith said no.', ['Allah [other]', 'Smith [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule age-in-role', () => {
  it.each([
    // an age modifies the role's noun instead of ending the role
    [
      'Raphaelle Delpech, a 22-year-old medical student who took part in the protest, told a reporter.',
      ['Raphaelle Delpech [person] 22-year-old medical student'],
    ],
    ['The police stopped 34-year-old teacher Jane Doe on Monday.', ['Jane Doe [person] 34-year-old teacher']],
    // negative: a figure that is no age still ends a role, and an age alone before a name is no role
    ['He bought 3 tickets for Jane Doe.', ['Jane Doe [person]']],
    ['The 22-year-old Jane Doe said no.', ['Jane Doe [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule owned-role-head', () => {
  it.each([
    // a common noun's possessive, or a body named with an ampersand, owns the role; a slash joins two role nouns
    ['"We expect this," said Don Marshall, the foundation\'s executive director.', ["Don Marshall [person] foundation's executive director"]],
    [
      '"We expect this," said Don Marshall, the Jazz & Heritage Foundation\'s executive director.',
      ["Don Marshall [person] Jazz & Heritage Foundation's executive director", 'Jazz & Heritage Foundation [org]'],
    ],
    ["He hired Quint Davis, who is now the festival's producer/director.", ["Quint Davis [person] festival's producer/director"]],
    // negative: a possessive with no noun after it, a clause with no role
    ["Jane Doe, the company's, said no.", ['Jane Doe [person]']],
    ['Jane Doe, who is now in Paris, said no.', ['Jane Doe [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule role-complement', () => {
  it.each([
    // what a role is of or about, through "of" or "on", belongs to it; "at", "in", "for" still end it
    [
      'Jane Doe, an assistant professor of political science at the University of Akron, told reporters.',
      ['Jane Doe [person] assistant professor of political science at the University of Akron', 'University of Akron [org]'],
    ],
    ['Jane Doe, an expert on the conflict at a think tank in London, said so.', ['Jane Doe [person] expert on the conflict']],
    [
      'Jane Doe, the special adviser on legal and international affairs to the minister, said so.',
      ['Jane Doe [person] special adviser on legal and international affairs to the minister'],
    ],
    ["Jane Doe, head of Hamas's political bureau in Gaza since 2017, said so.", ["Jane Doe [person] head of Hamas's political bureau", 'Hamas [other]']],
    [
      'Jane Doe, the head of the Palestinian Dialogue Group in Gaza since 2017 and more, said so.',
      ['Jane Doe [person] head of the Palestinian Dialogue Group', 'Palestinian Dialogue Group [org]'],
    ],
    // negative: "for" and "at" end the head's role; a clause, a pronoun or a name cut in two adds nothing (since branch
    // roles15 an appositive of a role's noun and what it is of, names and nouns only, is read whole first:
    // `appositive-role-with-object`)
    ['Jane Doe, a spokesman for the county prosecutor’s office, said so.', ['Jane Doe [person] spokesman for the county prosecutor’s office']],
    ['Jane Doe, a senior fellow at the Centre for Study and a former envoy, said so.', ['Jane Doe [person] senior fellow', 'Centre for Study [org]']],
    ['Jane Doe, the head of what remains of the party since 2017, said so.', ['Jane Doe [person] head']],
    [
      'Jane Doe, chair of the Very Long Named International Committee Of Something Else Entirely, said so.',
      [
        'Jane Doe [person] chair of the Very Long Named International Committee Of Something Else Entirely',
        'Very Long Named International Committee [org]',
        'Something [other]',
      ],
    ],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule role-noun-before-name', () => {
  it.each([
    // a lower-case person noun before a run keeps it as a person's name, though its last word is a place's or an adjective
    ['Since its founding by educator Kidd Jordan in 1990, the school grew.', ['Kidd Jordan [person] educator']],
    ['"It is offensive," team member Art Daily said on the picket line.', ['Art Daily [person] team member']],
    // negative: a noun that names no one, a title before the adjective
    ['Water levels near the border Jordan shares with Syria fell.', []],
    ['The Chief Executive said no.', []],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rules two-roles-before-name and gerund-in-role', () => {
  it.each([
    // two person nouns joined by "and", and a gerund after a body or an article, stay in the role
    ['Since its founding by saxophonist and educator Kidd Jordan in 1990, the school grew.', ['Kidd Jordan [person] saxophonist and educator']],
    ['Speakers included UNITE organizing director Sam Luebke.', ['UNITE [org]', 'Sam Luebke [person] UNITE organizing director']],
    ["The paper's managing editor John Smith said no.", ["John Smith [person] paper's managing editor"]],
    // negative: a name before the "and", a gerund that is a verb
    ['He met Smith and educator Kidd Jordan.', ['Smith [person]', 'Kidd Jordan [person] educator']],
    ['Speakers came, including educator Kidd Jordan.', ['Kidd Jordan [person] educator']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule listed-name-not-role', () => {
  const named = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text}${m.roles.map((r) => ` ${r}`).join(';')}`);
  it.each([
    // a body's name after a comma is the list's next item, named on its own
    [
      "Groups including the March 10 Coalition, the Interfaith Coalition for Worker Justice, and Chicago Workers' Collaborative turned out.",
      ['March 10 Coalition', 'Interfaith Coalition for Worker Justice', "Chicago Workers' Collaborative"],
    ],
    ['Groups including the Ford Foundation, the Rockefeller Foundation, and others gave money.', ['Ford Foundation', 'Rockefeller Foundation']],
    // negative: a title among the capitalised words, a lower-case head, a body owning the role
    ['Andrew Leung, the Legislative Council President, said it.', ['Andrew Leung Legislative Council President']],
    [
      'Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies, said it.',
      ['Sayed Sadiq al-Hashemi head of the Iraqi Center for Studies', 'Iraqi Center for Studies'],
    ],
  ] as const)('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe('the name rule infinitive-after-object', () => {
  it.each([
    // after a name or an object pronoun and "to", the lower-case word is the verb asked of them, not part of the role
    ['Fedorov says he urged Zelensky to fire Commander-in-Chief Syrsky.', ['Fedorov [other]', 'Zelensky [other]', 'Syrsky [person] Commander-in-Chief']],
    ['They asked him to sack Police Chief John Smith.', ['John Smith [person] Police Chief']],
    // negative: after a common noun "to" is a preposition and the noun is the role's; after a verb the rule keeps out
    ['He is an adviser to army chief John Smith.', ['John Smith [person] army chief']],
    ['She wrote to fire chief John Smith.', ['John Smith [person] fire chief']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule role-in-parentheses, pictures', () => {
  it.each([
    // where someone stands in a caption's picture is no role (but says person: person-mark-after-name)
    ['Zelensky (left) may be forced to fire Syrsky (right).', ['Zelensky [person]', 'Syrsky [person]']],
    ['Jane Doe (second left) and John Smith (centre) at the ceremony.', ['Jane Doe [person]', 'John Smith [person]']],
    // negative: a descriptor in brackets stays a role
    ['Kataib Hezbollah (militia) fired rockets.', ['Kataib Hezbollah [org] militia']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule position-modifier (sports, court and office news of 2008, L3S-GN1 pages)', () => {
  it.each([
    // a word the lexicon files as a verb or a gerund modifies the position noun after it
    [
      'The Wolfpack could be without starting guard Courtney Fells and reserve forward Dennis Horner.',
      ['Wolfpack [org]', 'Courtney Fells [person] starting guard', 'Dennis Horner [person] reserve forward'],
    ],
    ['Prosecutors won when presiding Judge Julia Sebutinde accepted the videos.', ['Julia Sebutinde [person] presiding Judge']],
    ['The way is clear after club boss Bruno Cullen said so on Friday.', ['Bruno Cullen [person] club boss']],
    ["Australia's bowling coach Troy Cooley left.", ['Troy Cooley [person] bowling coach']],
    ['The former starting quarterback John Smith left.', ['John Smith [person] former starting quarterback']],
    // negative: a verb before the modifier is the sentence's; right before the name the word is no modifier
    ['N.C. State already lost starting point guard Farnold Degand for the season.', ['N.C. State [org]', 'Farnold Degand [person] starting point guard']],
    ['He beat defending champion Roger Federer.', ['Roger Federer [person] defending champion']],
    ['The judge was starting John Smith on Friday.', ['John Smith [person]']],
    // negative: a role ending in no person's noun; a title before the modifier stays in the role
    ['When Erol Alkan closed down his celebrated London club night Trash last year, he left.', ['Erol Alkan [other]', 'Trash [person] night']],
    [
      "In a meeting, Enron International's chief operating officer Jeffrey Skilling met Ed Balls.",
      ['Enron International [org]', 'Jeffrey Skilling [person] chief operating officer', 'Ed Balls [person]'],
    ],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe("the name rules participle-or-owner-opens-role (a position's modifier) and owner-before-appositive", () => {
  it.each([
    // a business's field or a position's modifier opens the role after a name (an L3S-GN1 2008 storage-fair page)
    [
      '"It is simple," said Phil Treide, marketing manager for EMC Clariion.',
      ['Phil Treide [person] marketing manager for EMC Clariion', 'EMC Clariion [other]'],
    ],
    ['John Smith, starting quarterback for the Bears, said.', ['John Smith [person] starting quarterback for the Bears', 'Bears [org]']],
    // a name in the possessive owns a one-word role set off by commas (an L3S-GN1 2008 court page)
    ["Outside court, Mr Graham's solicitor, Brett Thomas, said he was certain.", ['Graham [person]', "Brett Thomas [person] Mr Graham's solicitor"]],
    // a place or a body written as the role's modifier owns it too (an L3S-GN1 2008 primary-day page), with "campaign"
    [
      'He was accompanying his South Carolina campaign chairman, Mike Campbell, who voted at the precinct.',
      ['Mike Campbell [person] South Carolina campaign chairman'],
    ],
    ['He met the Liberal Party leader, John Smith.', ['Liberal Party [org]', 'John Smith [person] Liberal Party leader']],
    // negative: a clause after the comma; a title needs no owner; no owner and one word that is no title; a person's
    // name before the role is no owner unless possessive, and a possessive one joins a role that needs no owner not at all
    ['He met the John Smith campaign chairman, Mike Campbell.', ['John Smith [person]', 'Mike Campbell [person] campaign chairman']],
    ["He thanked John Smith's lawyer, Brett Thomas.", ['John Smith [person]', 'Brett Thomas [person] lawyer']],
    ['John Smith, training in Florida, said.', ['John Smith [person]']],
    ['It is past 8 pm ET, starting time, and only Priebus is onstage.', ['ET [org]', 'Priebus [other]']],
    ["Outside court, Graham's lawyer, Brett Thomas, said.", ['Graham [person]', 'Brett Thomas [person] lawyer']],
    ['Outside court, the solicitor, Brett Thomas, said.', ['Brett Thomas [person]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule plural-surname', () => {
  it.each([
    // a surname that reads as a plural, after a given name, keeps the title before them a title (an L3S-GN1 2008 parade page)
    ['"We had to ramp up our resources," police Commander Paul Gales said.', ['Paul Gales [person] police Commander']],
    ['Senator Paul Fields said so.', ['Paul Fields [person] Senator']],
    // negative: a plural with no given name before it opens a body's name; a surname that is no plural
    ['The Veterans Affairs Secretary John Smith said.', ['John Smith [person] Veterans Affairs Secretary']],
    ['Commander Paul Sykes said so.', ['Paul Sykes [person] Commander']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
