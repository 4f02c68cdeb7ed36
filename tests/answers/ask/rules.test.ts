import { beforeAll, describe, expect, it } from 'vitest';
import { askAnswer } from '../../../src/answers/ask/answer.js';
import { AskOptionsSchema } from '../../../src/answers/ask/options.js';
import { askedDates, questionWords, readQuestion } from '../../../src/answers/ask/read.js';
import { ASK_RULES, ROUTE_RULES, routeRule } from '../../../src/answers/ask/rules.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { articleText, SEED_DIR, seedCorpus, writeCorpus } from '../../support/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { FARM_PROTEST } from '../../support/stories.js';

/** The rule that reads a question (by name), or null when none does. */
const ruleOf = (question: string, today: string | null = '2020-01-24') => {
  const dates = askedDates(question, today);
  return routeRule(questionWords(question), dates !== null)?.rule.name ?? null;
};

// Each rule: questions it must read, and a near miss it must not.
const TABLE: { rule: string; reads: string[]; not: string[] }[] = [
  {
    rule: 'how-many-turned-out',
    reads: ['how many people marched', 'hw mny ppl showed up', 'how many iraqis marched against the americans', 'how many fans came'],
    not: ['how many people were killed', 'how many rockets were fired', 'how many years has it been', 'how many troops are there'],
  },
  {
    rule: 'how-big-gathering',
    reads: ['how big was the march', 'how large was the crowd outside'],
    not: ['how big is the embassy compound', 'how large is the us presence'],
  },
  {
    rule: 'crowd-size-words',
    reads: ['turnout for the march', 'attendance at the rally', 'crowd estimates please', 'number of protesters at the embassy'],
    not: ['what was the crowd chanting', 'number of rockets fired', 'the protesters demands'],
  },
  {
    rule: 'when-asked',
    reads: ['when was the embassy attacked', 'wen did the militia withdraw', 'since when are us troops in iraq', 'so when did it start'],
    not: ['did anyone speak when the march ended', 'what did they do when the militia left'],
  },
  {
    rule: 'which-date',
    reads: ['what day was the march', 'which date did sadr call it', 'on what date did parliament vote'],
    not: ['what was said that day about troops', 'which group stormed the embassy'],
  },
  {
    rule: 'what-happened',
    reads: ['what happened on 31 december', 'what happend at the embassy', 'what is happening in iraq'],
    not: ['what did the militia do', 'nothing happened'],
  },
  { rule: 'how-long-ago', reads: ['how long ago did the us invade', 'how long since the strike'], not: ['how long did the standoff last'] },
  {
    rule: 'who-asked',
    reads: ['who is sadr', 'whos moqtada', 'who leads kataib hezbollah', 'who organised the march', 'who said 2.5 million'],
    not: ['the people who marched', 'whose idea was the march'],
  },
  { rule: 'about-a-name', reads: ['tell me about soleimani', 'what is the pentagon'], not: ['tell them to leave', 'what about the protesters'] },
  { rule: 'dated-question', reads: ['events of 2019-12-31', 'anything on 3 january?'], not: ['events of the week', 'anything new'] },
];

describe('the /ask routing rules', () => {
  for (const row of TABLE) {
    it(`${row.rule}: reads its questions, and not the near misses`, () => {
      for (const q of row.reads) expect(ruleOf(q), q).toBe(row.rule);
      for (const q of row.not) expect(ruleOf(q), q).not.toBe(row.rule);
    });
  }

  it('every rule is in the table, named once, with a one-sentence reason', () => {
    expect(TABLE.map((r) => r.rule).sort()).toEqual(ROUTE_RULES.map((r) => r.name).sort());
    for (const rule of ASK_RULES.all()) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(rule.reason).toMatch(/^[A-Z"].*\.$/);
    }
  });

  it('the earliest ask decides a question of several clauses', () => {
    expect(ruleOf('how many marched and who called the march')).toBe('how-many-turned-out');
    expect(ruleOf('who organised the march and how many marched')).toBe('who-asked');
    expect(ruleOf('what happened in baghdad on friday and how many came')).toBe('what-happened');
  });

  it('a question no rule reads has no rule (it is searched)', () => {
    for (const q of ['was the march peaceful', 'why do iraqis want the us out', '¿Cuántas personas marcharon?', 'sadr march baghdad', '']) {
      expect(ruleOf(q), q).toBeNull();
    }
  });
});

describe('reading dates in a question', () => {
  it.each([
    ['what happened on 31 december', '2019-12-31', '2019-12-31'],
    ['what happend on jan 3rd', '2020-01-03', '2020-01-03'],
    ['what happened since january 3', '2020-01-03', null],
    ['what happened before january 3', null, '2020-01-03'],
    ['what happened between 29 december and 1 january', '2019-12-29', '2020-01-01'],
    ['what happened in january 2020', '2020-01-01', '2020-01-31'],
    ['what happened on friday', '2020-01-24', '2020-01-24'],
    ['events of 2019-12-31', '2019-12-31', '2019-12-31'],
  ])('%s: from %s to %s', (q, from, to) => {
    const d = askedDates(q, '2020-01-24');
    expect([d?.from ?? null, d?.to ?? null]).toEqual([from, to]);
  });

  it('"march" and "may" are months only beside a number', () => {
    expect(askedDates('how many marched in the march', '2020-01-24')).toBeNull();
    expect(askedDates('what happened on march 3', '2020-01-24')?.from).toBe('2019-03-03');
    expect(askedDates('may they leave soon', '2020-01-24')).toBeNull();
  });

  it('without a report date, only dates that name their year count', () => {
    expect(askedDates('what happened on friday', null)).toBeNull();
    expect(askedDates('what happened on 31 December 2019', null)?.from).toBe('2019-12-31');
  });
});

describe('the answer /ask gives', () => {
  let seeds: Corpus;
  beforeAll(async () => {
    seeds = await seedCorpus();
  });
  const ask = (corpus: Corpus, question: string) => askAnswer(corpus, AskOptionsSchema.parse({ question }));

  it('a crowd question: the estimates of the gathering read, side by side, in one line built from them', () => {
    const a = ask(seeds, 'how many people marched in baghdad on friday');
    expect(a.routedTo).toBe('crowd-size');
    expect(a.reading.options).toEqual({ event: 'marched baghdad 2020-01-24' });
    if (a.answer.command !== 'crowd-size') throw new Error('not crowd-size');
    const [event] = a.answer.events;
    expect(a.answer.events).toHaveLength(1);
    expect(a.answerLine).toBe(`Six estimates, from thousands to ${event!.claims.at(-1)!.text}; none is picked as right`);
    expect(a.reading.readAs).toBe('crowd size of the march in Baghdad on 24 January 2020');
  });

  it('every quote in the routed answer is a verbatim slice of its article', () => {
    for (const q of ['how many people marched', 'when was soleimani killed', 'who is sadr', 'was the march peaceful']) {
      const a = ask(seeds, q);
      const quotes = JSON.stringify(a.answer).match(/"text":"(?:[^"\\]|\\.)*","article":"[^"]+"/g) ?? [];
      expect(quotes.length, q).toBeGreaterThan(0);
      for (const raw of quotes) {
        const { text, article } = JSON.parse(`{${raw}}`) as { text: string; article: string };
        const file = seeds.articles.find((x) => x.id === article)!;
        expect(articleText(SEED_DIR, path(file.file)), q).toContain(text);
      }
    }
  });

  it('a date question: the happening that shares the question’s words, with its date', () => {
    const a = ask(seeds, 'when was soleimani killed');
    expect(a.routedTo).toBe('timeline');
    expect(a.reading.options).toEqual({ about: 'soleimani killed' });
    expect(a.answerLine).toMatch(/^3 January 2020: .*Soleimani/);
  });

  it('a name: who it is, with its first role and how many articles name it', () => {
    const a = ask(seeds, 'whos moqtada sadr and why does he want the americans out');
    expect(a.routedTo).toBe('who');
    expect(a.reading.name).toBe('moqtada sadr');
    expect(a.answerLine).toBe("Muqtada al-Sadr, Shi'ite cleric, in 3 articles");
  });

  it('a name the articles do not know is searched, never answered with the nearest name', () => {
    const a = ask(seeds, 'who is angela merkel');
    expect(a.routedTo).toBe('search');
    expect(a.reading.rule).toBe('no-known-name');
    expect(a.answerLine).toBeNull();
  });

  it('a crowd question on a story with no crowd estimate is searched, never answered from another gathering', async () => {
    const farm = (await loadCorpus(writeCorpus({ 'farm.md': FARM_PROTEST }), { snapshot: false })).corpus;
    const a = ask(farm, 'how many farmers came to brussels');
    expect(a.routedTo).toBe('search');
    expect(a.reading.rule).toBe('no-matching-gathering');
  });

  it('a day with nothing dated is searched', () => {
    const a = ask(seeds, 'what happened on 5 june 2016');
    expect(a.routedTo).toBe('search');
    expect(a.reading.rule).toBe('nothing-dated');
  });

  it('the reading says what was read, and the routed options give the same answer again', () => {
    const r = readQuestion('what happened since january 3', '2020-01-24');
    expect(r).toMatchObject({ engine: 'timeline', words: null, dates: { from: '2020-01-03', to: null } });
    const a = ask(seeds, 'what happened since january 3');
    expect(a.reading.options).toEqual({ from: '2020-01-03' });
    expect(a.reading.readAs).toBe('what happened since 3 January 2020');
  });

  it('limit is passed on to the routed answer', () => {
    const a = askAnswer(seeds, AskOptionsSchema.parse({ question: 'was the march peaceful', limit: 2 }));
    if (a.answer.command !== 'search') throw new Error('not search');
    expect(a.answer.results.length).toBe(2);
  });
});

const path = (file: string) => file.split(/[\\/]/).pop()!;
