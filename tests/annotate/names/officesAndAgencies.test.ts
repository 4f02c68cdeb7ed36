import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/** Names, evidence and roles as the mention rules read them (branch who9, written on the fifth fresh batch). */
const mentions = (text: string) =>
  findNameMentionsWith(en, sentence(text)).map((m) => `${m.text} [${m.person}/${m.org}/${m.place}]${m.roles.map((r) => ` ${r}`).join(';')}`);

type Row = readonly [string, readonly string[]];

const TABLES: Array<[string, Row[]]> = [
  [
    'conferred-honorific',
    [
      ['Private companies did not pay, Prime Minister Datuk Seri Anwar Ibrahim said.', ['Anwar Ibrahim [4/0/0] Prime Minister Datuk Seri']],
      ['Izzah and Prof Datuk Mohd Faiz Abdullah were invited.', ['Izzah [0/0/0]', 'Mohd Faiz Abdullah [2/0/0] Prof Datuk']],
      ['Tun Dr Mahathir Mohamad said.', ['Mahathir Mohamad [3/0/0] Tun Dr']],
      // negative: a grade with no honorific before it is a name's word or a place's
      ['Sri Mulyani Indrawati said.', ['Sri Mulyani Indrawati [4/0/0]']],
      ['Sri Lanka said.', []],
    ],
  ],
  [
    'office-topic-to-given-name',
    [
      ['Sweden’s Minister for Civil Defence Carl-Oskar Bohlin revealed the brochure.', ['Carl-Oskar Bohlin [5/0/0] Minister for Civil Defence']],
      // negative: a given name right after the first topic word, a surname alone after the topic
      ['Secretary of State Mike Pompeo said.', ['Mike Pompeo [5/0/0] Secretary of State']],
      ['Minister of Defence Smith said.', ['Smith [3/0/0] Minister of Defence']],
    ],
  ],
  [
    'agent-noun-title',
    [
      ['Novelist Jo Watson, from Johannesburg, admitted it.', ['Jo Watson [5/0/0] Novelist']],
      ['Sept. 8, 1963: “Evangelist Billy Graham’s crusade for Christ.', ['Billy Graham [5/0/0] Evangelist', 'Christ [0/0/0]']],
      // the -er, -or, -man, -ee nouns of 2008 sports news (L3S-GN1 pages: a winger, a promoter)
      ['Winger Laurent Robert, who signed a short-term deal, left.', ['Laurent Robert [4/0/0] Winger']],
      ['Promoter Don King said so.', ['Don King [4/0/0] Promoter']],
      // negative: no given name after the agent noun, a given name opening the run, a company's name
      ['The Methodist Church said.', ['Methodist Church [0/4.5/0]']],
      ['Walter John Smith said so.', ['Walter John Smith [4/0/0]']],
      ['Archer Daniels Midland said so.', ['Archer Daniels Midland [2/0/0]']],
    ],
  ],
  [
    'title words: an abbreviation without its dot',
    [
      ['Cllr Louise Gittins said.', ['Louise Gittins [5/0/0] Cllr']],
      ['Louise Gittins said.', ['Louise Gittins [4/0/0]']],
    ],
  ],
  [
    'adjective-in-topic',
    [
      ['He heads the Institute of Strategic and International Studies, he said.', ['Institute of Strategic and International Studies [0/3.5/0]']],
      ['The Center for Economic and Social Research said.', ['Center for Economic and Social Research [0/4.5/0]']],
      // negative: no adjective after the "and", a body of its own after it
      ['The Ministry of Defense and Hezbollah Commanders met.', ['Ministry of Defense [0/3.5/0]', 'Hezbollah Commanders [0/0/0]']],
      ['The Council on Foreign Relations and Brookings Institution agreed.', ['Council on Foreign Relations [0/3.5/0]', 'Brookings Institution [0/0/0]']],
    ],
  ],
  [
    'places-and-body (after "of")',
    [
      [
        'Tiffany Lynch of the Police Federation of England and Wales said.',
        ['Tiffany Lynch [4/0/0] of the Police Federation of England and Wales', 'Police Federation of England and Wales [0/5.5/0]'],
      ],
      // negative: a name of its own after the second place
      ['The Government of Iraq and Iran Air officials met.', ['Government of Iraq [0/3.5/0]', 'Iran Air [0/0/0]']],
    ],
  ],
  [
    'country-agency (commas)',
    [
      [
        'In support, Immigration, Refugees and Citizenship Canada (IRCC) chose to release floors.',
        ['Immigration, Refugees and Citizenship Canada [0/2/0]', 'IRCC [0/1/0]'],
      ],
      // negative: places listed with commas
      ['Protests hit Paris, Lyon and Marseille.', []],
      ['Trade between Britain, France and Canada grew.', ['Britain [0/0/3]']],
    ],
  ],
  [
    'participle-or-owner-opens-role',
    [
      [
        'Tiffany Lynch, acting national chairwoman of the police union, told the radio.',
        ['Tiffany Lynch [5/0/0] acting national chairwoman of the police union'],
      ],
      ['It left Edouard Philippe, his prime minister, to face unions.', ['Edouard Philippe [3/0/0] his prime minister']],
      ['One speaker was Leo Robinson, a retired member of the union.', ['Leo Robinson [2/0/0] retired member of the union']],
      // negative: a participle saying what someone does
      ['He met John Smith, leading protesters through the square.', ['John Smith [3/0/0]']],
    ],
  ],
  [
    'person-noun-filed-otherwise (judge)',
    [
      ['She appeared before Durban high court judge Mbuzeni Mathenjwa on Monday.', ['Mbuzeni Mathenjwa [2/0/0] Durban high court judge']],
      // negative: the verb after a modal
      ['They will judge John Smith on Monday.', ['John Smith [3/0/0]']],
    ],
  ],
];

describe.each(TABLES)('the name rule %s', (_name, rows) => {
  it.each(rows)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

const MORE: Array<[string, Row[]]> = [
  [
    'leader-before-seat',
    [
      ['Also involved are a law firm led partly by former Trump White House officials.', ['Trump [0/0/0]', 'White House [0/1/0]']],
      // negative: a place before the seat, the seat alone
      ['Officials at the Washington White House agreed.', ['Washington White House [0/0.5/1]']],
      ['The White House said.', ['White House [0/2.5/0]']],
    ],
  ],
  [
    'party-adjective-name',
    [
      ['Kennedy accepted the nomination of the Democratic party for president.', ['Kennedy [1/0/0]', 'Democratic party [0/2.5/0] party']],
      // negative: a party's own name before "party" (no adjective)
      ["Netanyahu's Likud party won.", ['Netanyahu [0/0/0]', 'Likud [0/2/0] party']],
    ],
  ],
  [
    'modifies-role-noun (a title the lexicon files otherwise)',
    [
      ['Republicans sued to block the Democratic governor’s order.', []],
      ['He met Jane Doe, a Democratic governor.', ['Jane Doe [5/0/0] Democratic governor']],
    ],
  ],
  [
    'office-of-name-before-name (a capitalised title)',
    [
      ['The President of France, Emmanuel Macron, said.', ['Emmanuel Macron [5/0/0] President of France']],
      ['The mayor of Surabaya, Tri Rismaharini, said.', ['Tri Rismaharini [2/0/0] mayor of Surabaya']],
    ],
  ],
  [
    'acronym-across-small-words ("a")',
    [
      ['Its leadership hails from Teamsters for a Democratic Union (TDU), a movement.', ['Teamsters for a Democratic Union [0/4/1]', 'TDU [0/1/0]']],
      // negative: the acronym spells more than the capitals after "a"
      ['He went to a Democratic Union (ADU) meeting.', ['Democratic Union [0/3/0]', 'ADU [0/1/0]']],
    ],
  ],
];

describe.each(MORE)('the name rule %s', (_name, rows) => {
  it.each(rows)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('the name rule office-in-office', () => {
  it.each([
    ['Editor-in-Chief Jane Doe said.', ['Jane Doe [5/0/0] Editor-in-Chief']],
    // negative: a kinship word is no office, so it stays in the name as written
    ['Brother-in-Law Smith said.', ['Brother-in-Law Smith [2/0/0]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});

describe('a title word after a topic\'s "on" (institution topic)', () => {
  it.each([
    [
      'Two employees from the Kenya National Commission on Human Rights (KNCHR) sold the report.',
      ['Kenya National Commission on Human Rights [0/3.5/1]', 'KNCHR [0/1/0]'],
    ],
    ['The Commission on Human Rights said.', ['Commission on Human Rights [0/4.5/0]']],
    // negative: a body of its own after the lower-case word
    ['A commission on Human Rights Watch said.', ['Human Rights Watch [0/1/0]']],
  ] as const)('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });
});
