import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/annotate/names/index.js';
import { afterKnownKinds } from '../../../src/annotate/names/listing.js';
import type { Quote } from '../../../src/answers/quote.js';
import { findAnswer, runAnswer } from '../../../src/answers/registry.js';
import { autocompleteEntities, whoAnswer, WhoAnswerSchema, type WhoListAnswer, type WhoLookupAnswer } from '../../../src/answers/who/answer.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { renderTerminal } from '../../../src/render/terminal/index.js';
import { SEED_DIR, seedCorpus, writeCorpus } from '../../support/corpus.js';
import { CHILE_PAGE, FARM_PROTEST, KENYA_REPEAT_VOTE, PARADE_DAY, PARADE_DOUBTS } from '../../support/stories.js';

const lookup = (corpus: Corpus, name: string, limit = 25) => whoAnswer(corpus, { name, limit }) as WhoLookupAnswer;

function expectVerbatim(quote: Quote, dir = SEED_DIR) {
  const file = readFileSync(path.join(dir, `${quote.article}.md`), 'utf8');
  expect(file.slice(quote.start, quote.end)).toBe(quote.text);
}

describe('who on the seed articles', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });

  it('answers a partial name with the canonical name, kind, aliases, roles with sources and article count', () => {
    const a = lookup(corpus, 'sadr');
    expect(WhoAnswerSchema.parse(a)).toEqual(a);
    expect(a.match).toBe('found');
    expect(a.entity).toMatchObject({ name: 'Muqtada al-Sadr', kind: 'person', articles: 3 });
    expect(a.entity!.aliases).toEqual(expect.arrayContaining(['Moqtada Sadr', 'Al-Sadr', 'Sadr']));
    const roles = a.entity!.roles;
    expect(roles.map((r) => [r.text, r.quote.publisher])).toEqual(
      expect.arrayContaining([
        ["Shi'ite cleric", 'Business Insider'],
        ['Iraqi Shiite cleric', 'UPI'],
        ['populist Iraqi cleric', null],
      ]),
    );
    for (const r of roles) {
      expect(r.quote.text).toContain(r.text);
      expectVerbatim(r.quote);
    }
  });

  it('quotes the defining first mention from each article first, then every other passage naming the entity', () => {
    const a = lookup(corpus, 'Sadr');
    const entity = corpus.annotations.entities.find((e) => e.name === 'Muqtada al-Sadr')!;
    const passages = new Set(entity.mentions.map((m) => m.passageId));
    expect(a.quotes).toHaveLength(passages.size);
    const firstPerArticle = entity.articles.map((article) => entity.mentions.find((m) => m.passageId.startsWith(`${article}#`))!);
    expect(a.quotes.slice(0, entity.articles.length).map((q) => q.start)).toEqual(firstPerArticle.map((m) => corpus.passageById.get(m.passageId)!.start));
    // whichever spelling each passage used
    expect(a.quotes.some((q) => q.text.includes('Moqtada Sadr'))).toBe(true);
    expect(a.quotes.some((q) => q.text.startsWith('Al-Sadr called'))).toBe(true);
    for (const q of a.quotes) expectVerbatim(q);
    expect(lookup(corpus, 'Sadr', 2).quotes).toHaveLength(2);
  });

  it('ignores case, diacritics and punctuation, and finds every spelling pair', () => {
    const cases: Array<[string, string]> = [
      ['MUQTADĀ AL-SADR', 'Muqtada al-Sadr'],
      ['moqtada sadr', 'Muqtada al-Sadr'],
      ['Al Sadr', 'Muqtada al-Sadr'],
      ['Qassem Soleimani', 'Qasem Soleimani'],
      ['qasem', 'Qasem Soleimani'],
      ['Adel Abdul-Mahdi', 'Adel Abdul Mahdi'],
      ["Mahdi's", 'Adel Abdul Mahdi'],
      ['Kata’ib Hezbollah', 'Kataib Hezbollah'],
      ['kataeb', 'Kataib Hezbollah'],
      ['Hashd Shaabi', 'Hashd al-Shaabi'],
      ['Popular Mobilization Forces', 'Hashd al-Shaabi'],
      ['abu mahdi', 'Abu Mahdi al-Muhandis'],
      ['President Trump', 'Donald Trump'],
      ['pompeo.', 'Mike Pompeo'],
      ['Who is Sadr?', 'Muqtada al-Sadr'],
      ['tell me about the Pentagon', 'Pentagon'],
    ];
    for (const [query, name] of cases) {
      const a = lookup(corpus, query);
      expect(a.entity?.name, query).toBe(name);
    }
  });

  it('takes a misspelled name', () => {
    expect(lookup(corpus, 'Solemani').entity?.name).toBe('Qasem Soleimani');
    expect(lookup(corpus, 'Sulaimani').entity?.name).toBe('Qasem Soleimani');
    expect(lookup(corpus, 'Mohamed al-Haidari').entity?.name).toBe('Mohammed al-Haydari');
  });

  it('prefers the entity whose surname it is, and names the other matches', () => {
    const a = lookup(corpus, 'Mahdi');
    expect(a.entity?.name).toBe('Adel Abdul Mahdi');
    expect(a.suggestions).toContain('Abu Mahdi al-Muhandis');
  });

  it('offers the candidates when several names match equally', () => {
    const a = lookup(corpus, 'iraqi');
    expect(a.match).toBe('ambiguous');
    expect(a.entity).toBeNull();
    expect(a.quotes).toEqual([]);
    expect(a.suggestions).toEqual(expect.arrayContaining(['Iraqi Parliament', 'Iraqi Foreign Ministry', 'Iraqi Interior Ministry']));
    expect(renderTerminal(a)).toContain('which one?');
  });

  it('says clearly when no one matches, with the closest names', () => {
    const a = lookup(corpus, 'Napoleon Bonaparte');
    expect(a).toMatchObject({ command: 'who', query: 'Napoleon Bonaparte', match: 'none', entity: null, quotes: [] });
    expect(a.suggestions.length).toBeGreaterThan(0);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    expect(renderTerminal(a)).toMatch(/^No one in the articles is called “Napoleon Bonaparte”\.\nClosest names: /);
    expect(lookup(corpus, '???')).toMatchObject({ match: 'none', entity: null, suggestions: [] });
    // a near miss beyond typo range still suggests the right name first
    const near = lookup(corpus, 'Pompidou');
    expect(near.match).toBe('none');
    expect(near.suggestions[0]).toBe('Mike Pompeo');
  });

  it('with no name, lists people and organisations, named in the most articles first, then most mentioned', () => {
    const a = whoAnswer(corpus, { limit: 100 }) as WhoListAnswer;
    expect(WhoAnswerSchema.parse(a)).toEqual(a);
    expect(a.entities[0]).toMatchObject({ name: 'Muqtada al-Sadr', kind: 'person', articles: 3 });
    // names of known kind first (a word read only from its capitals, "TIME", after them: weak-body-last), then by articles and mentions
    const weak = (name: string) => (afterKnownKinds(corpus.annotations.entities.find((e) => e.name === name)!) ? 1 : 0);
    const ranks = a.entities.map((e) => [weak(e.name), e.articles, e.mentions] as const);
    expect(ranks).toEqual([...ranks].sort((x, y) => x[0] - y[0] || y[1] - x[1] || y[2] - x[2]));
    expect(a.entities.at(-1)).toMatchObject({ name: 'TIME' });
    // a name of two articles and many mentions comes after every name of three
    const byArticles = a.entities.map((e) => e.articles);
    expect(byArticles.indexOf(2)).toBeGreaterThan(byArticles.lastIndexOf(3));
    const kinds = new Set(a.entities.map((e) => e.kind));
    expect(kinds.has('person') && kinds.has('organization')).toBe(true);
    expect((whoAnswer(corpus, { limit: 3 }) as WhoListAnswer).entities).toHaveLength(3);
  });

  it('validates options through the registry, the way the CLI and the bot call it', () => {
    const spec = findAnswer('who')!;
    expect(spec.positional).toBe('name');
    const listed = runAnswer(spec, corpus, {});
    expect(listed.ok && 'entities' in listed.value).toBe(true);
    const blank = runAnswer(spec, corpus, { name: '   ' });
    expect(blank.ok && 'entities' in blank.value).toBe(true);
    const long = runAnswer(spec, corpus, { name: 'x'.repeat(101) });
    expect(long).toEqual({ ok: false, message: 'name must be at most 100 characters' });
    expect(runAnswer(spec, corpus, { name: 'sadr', bogus: '1' })).toMatchObject({ ok: false, message: 'unknown option: bogus' });
  });

  it('renders one line per role in the terminal, with every source that gives it', () => {
    const text = renderTerminal(lookup(corpus, 'Sadr')).replace(/\s+/g, ' ');
    expect(text).toMatch(/- Shi'ite cleric \(Business Insider, 2020-01-24 · 000_d5b024a4c0962a31; UPI, 2020-01-24 · 001_0a02469e7821bf9c\)/);
    expect(text).toContain('- populist Iraqi cleric (Unknown publisher, 2020-01-24');
  });

  it('renders a found entity in the terminal with its roles and quotes', () => {
    const text = renderTerminal(lookup(corpus, 'kataib', 2));
    expect(text).toMatch(/^Kataib Hezbollah \(organization\), mentioned in 3 articles/);
    expect(text).toContain('Also written: Kata’ib Hezbollah, Kataeb Hezbollah');
    expect(text).toContain('- Iran-backed militia group (UPI, 2020-01-24');
    expect(text).toContain('— Democracy Now!, 2020-01-02');
  });
});

describe('autocompleteEntities', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await seedCorpus();
  });

  it('completes a typed prefix from any word of any spelling, best first', () => {
    expect(autocompleteEntities(corpus, 'Muq')[0]).toBe('Muqtada al-Sadr');
    expect(autocompleteEntities(corpus, 'moq')).toContain('Muqtada al-Sadr');
    expect(autocompleteEntities(corpus, 'sad')[0]).toBe('Muqtada al-Sadr');
    expect(autocompleteEntities(corpus, 'kataeb')).toEqual(['Kataib Hezbollah']);
    expect(autocompleteEntities(corpus, 'popular mob')).toEqual(['Hashd al-Shaabi']);
    const iraqi = autocompleteEntities(corpus, 'Iraqi ');
    expect(iraqi).toEqual(expect.arrayContaining(['Iraqi Parliament', 'Iraqi Foreign Ministry']));
    expect(iraqi.every((n) => n.startsWith('Iraqi'))).toBe(true);
    expect(autocompleteEntities(corpus, 'zzzz')).toEqual([]);
  });

  it('gives the most mentioned names for an empty prefix, never more than 25', () => {
    const names = autocompleteEntities(corpus, '');
    expect(names[0]).toBe('Muqtada al-Sadr');
    expect(names.length).toBeLessThanOrEqual(25);

    const many: Entity[] = Array.from({ length: 60 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person Number${i}`,
      kind: 'person',
      aliases: [],
      mentions: [],
      roles: [],
      articles: [],
    }));
    const big = { annotations: { entities: many } } as unknown as Corpus;
    expect(autocompleteEntities(big, 'person')).toHaveLength(25);
    expect(autocompleteEntities(big, '')).toHaveLength(25);
    expect(autocompleteEntities(big, 'number42')).toEqual(['Person Number42']);
    expect(autocompleteEntities(big, 'number4')).toHaveLength(11);
  });
});

describe('who on a corpus about another story', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'summit-1.md': `---
title: Ministers meet in Kessary over water rights
publisher: Valley Post
published: 2022-09-12
---
Foreign ministers from the three river states met in Kessary on Monday to settle a long dispute over water rights.

The talks were chaired by veteran diplomat Yusuf Qaradawi-Nour, who has mediated between the states for a decade.

Qaradawi-Nour said a draft treaty was ready.

The River Basin Commission (RBC) will monitor the flow of the river.
`,
      'summit-2.md': `---
title: Water treaty signed
publisher: Evening Ledger
published: 2022-09-14
---
The three states signed the water treaty on Wednesday.

Youssef Qaradawi Nour, the mediator, called it a fair deal.

The RBC will publish its first report in March.

Farmers' leader Elena Marsh welcomed the deal.
`,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('finds one person across transliterations and hyphenation, with roles and verbatim quotes', () => {
    const a = lookup(corpus, 'Yousef Nour');
    expect(a.entity).toMatchObject({ name: 'Yusuf Qaradawi-Nour', kind: 'person', articles: 2 });
    expect(a.entity!.aliases).toEqual(expect.arrayContaining(['Youssef Qaradawi Nour', 'Qaradawi-Nour']));
    expect(a.entity!.roles.map((r) => r.text)).toEqual(['veteran diplomat', 'mediator']);
    expect(a.quotes[0]!.text).toContain('veteran diplomat Yusuf Qaradawi-Nour');
    for (const q of a.quotes) expectVerbatim(q, dir);
  });

  it('finds an organisation by the acronym given in parentheses', () => {
    const a = lookup(corpus, 'RBC');
    expect(a.entity).toMatchObject({ name: 'River Basin Commission', kind: 'organization', articles: 2 });
    expect(lookup(corpus, 'Elena Marsh').entity?.roles.map((r) => r.text)).toEqual(["Farmers' leader"]);
    expect(lookup(corpus, 'Kessary').match).toBe('none');
  });
});

describe('who behind a title of office', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'storm.md': `---
title: Storm floods the valley
publisher: Valley Post
published: 2023-03-02
---
Governor Elias Brandt declared a state of emergency on Monday. Brandt said crews from Fort Reyes would help.

The river burst its banks near Lake Orin, county fire chief Marta Okonkwo said.
`,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('answers a surname with the name alone and the title as a role quoted from its passage', () => {
    const a = lookup(corpus, 'Brandt');
    expect(a.entity).toMatchObject({ name: 'Elias Brandt', kind: 'person', articles: 1 });
    expect(a.entity!.aliases).toEqual(['Brandt']);
    expect(a.entity!.roles.map((r) => [r.text, r.quote.text.startsWith('Governor Elias Brandt declared')])).toEqual([['Governor', true]]);
    for (const q of a.quotes) expectVerbatim(q, dir);
    expect(lookup(corpus, 'Okonkwo').entity?.roles.map((r) => r.text)).toEqual(['county fire chief']);
    expect(lookup(corpus, 'Lake Orin').match).toBe('none');
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => e.name).sort()).toEqual(['Elias Brandt', 'Marta Okonkwo']);
  });
});

describe('who with name particles, institutions and acronyms', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'farm.md': FARM_PROTEST,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('lists one person and one organisation per referent', () => {
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => [e.name, e.kind, e.mentions])).toEqual([
      ['European Commission', 'organization', 2],
      ['European Union', 'organization', 2],
      ['Ursula von der Leyen', 'person', 2],
      ['Ilse Van de Keere', 'person', 1],
    ]);
  });

  it('answers the surname with its particles with the whole name and the title before it as her role', () => {
    for (const query of ['von der leyen', 'Von der Leyen', 'Ursula von der Leyen']) {
      const a = lookup(corpus, query);
      expect(a.match, query).toBe('found');
      expect(a.entity).toMatchObject({ name: 'Ursula von der Leyen', kind: 'person', aliases: ['Von der Leyen'], articles: 1 });
      expect(a.entity!.roles.map((r) => r.text)).toEqual(['European Commission President']);
    }
    const a = lookup(corpus, 'von der leyen');
    expect(a.quotes.map((q) => q.text.slice(0, 30))).toEqual(['European Commission President ', 'Von der Leyen has promised to ']);
    for (const q of a.quotes) expectVerbatim(q, dir);
  });

  it('finds an organisation by its trailing institution word and by its initials', () => {
    expect(lookup(corpus, 'Commission').entity).toMatchObject({ name: 'European Commission', kind: 'organization', aliases: ['Commission'] });
    const eu = lookup(corpus, 'EU');
    expect(eu.entity).toMatchObject({ name: 'European Union', kind: 'organization', aliases: ['EU'] });
    expect(eu.quotes.map((q) => q.text.slice(0, 20))).toEqual(['About 900 tractors b', 'Clarinval, who chair']);
    for (const q of eu.quotes) expectVerbatim(q, dir);
  });
});

describe('who behind a title of two words', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'march.md': `---
title: Hundreds of thousands march in Hong Kong against extradition bill
publisher: Harbour Times
published: 2019-06-10
---
Chief Executive Carrie Lam said on Monday the government would go ahead with the second reading of the bill on Wednesday.

"We have not ignored the views of the public," Lam told reporters.

The Legislative Council President, Andrew Leung, postponed the second reading.
`,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('answers the surname with the name alone and the whole title as her role', () => {
    const a = lookup(corpus, 'Lam');
    expect(a.entity).toMatchObject({ name: 'Carrie Lam', kind: 'person', aliases: ['Lam'], articles: 1 });
    expect(a.entity!.roles.map((r) => [r.text, r.quote.text.startsWith('Chief Executive Carrie Lam said')])).toEqual([['Chief Executive', true]]);
    for (const q of a.quotes) expectVerbatim(q, dir);
    expect(lookup(corpus, 'Chief Executive Lam').entity?.name).toBe('Carrie Lam');
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => e.name)).toEqual(['Carrie Lam', 'Andrew Leung']);
  });
});

describe('who on a story whose city the lexicon also knows as a person', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'raw.txt': CHILE_PAGE,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('lists the people and not the city, and answers the city with no one', () => {
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => [e.name, e.kind])).toEqual([
      ['Karla Rubilar', 'person'],
      ['Sebastián Piñera', 'person'],
    ]);
    expect(lookup(corpus, 'Santiago').match).toBe('none');
    const a = lookup(corpus, 'Rubilar');
    expect(a.entity!.roles.map((r) => [r.text, r.quote.text.includes("the city's governor, Karla Rubilar")])).toEqual([["city's governor", true]]);
    expect(a.quotes[0]!.start).toBe(readFileSync(path.join(dir, 'raw.txt'), 'utf8').indexOf('More than a million'));
  });
});

describe('who with an "and" inside an organisation\'s name', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'repeat.md': KENYA_REPEAT_VOTE,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('lists each organisation under its whole name and finds it by its acronym or a part of it', () => {
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => [e.name, e.kind])).toEqual([
      ['Independent Electoral and Boundaries Commission', 'organization'],
      ['National Super Alliance', 'organization'],
      ['Bill and Melinda Gates Foundation', 'organization'],
      ['Department of Health and Human Services', 'organization'],
      ['Wafula Chebukati', 'person'],
    ]);
    for (const query of ['IEBC', 'Boundaries Commission', 'independent electoral and boundaries commission']) {
      const a = lookup(corpus, query);
      expect([a.match, a.entity?.name, a.entity?.aliases], query).toEqual(['found', 'Independent Electoral and Boundaries Commission', ['IEBC']]);
      for (const q of a.quotes) expectVerbatim(q, dir);
    }
    expect(lookup(corpus, 'Gates Foundation').entity?.name).toBe('Bill and Melinda Gates Foundation');
  });
});

describe('who on a parade story', () => {
  let corpus: Corpus;
  let dir: string;
  beforeAll(async () => {
    dir = writeCorpus({
      'a.md': PARADE_DAY,
      'b.md': PARADE_DOUBTS,
    });
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });

  it('lists the people and organisations, and no park or field', () => {
    const list = whoAnswer(corpus, { limit: 25 }) as WhoListAnswer;
    expect(list.entities.map((e) => [e.name, e.kind])).toEqual([
      ['Cubs', 'organization'],
      ['Theo Epstein', 'person'],
      ['Chicago Tribune', 'organization'],
      ['Cleveland Indians', 'organization'],
      ['Human Rights Watch', 'organization'],
      ['Keith Still', 'person'],
      ['Manchester Metropolitan University', 'organization'],
      ['Rahm Emanuel', 'person'],
      ['Tung Chee-hwa', 'person'],
      ['White Sox', 'organization'],
    ]);
    for (const place of ['Grant Park', 'Wrigley Field']) expect(lookup(corpus, place).match, place).toBe('none');
  });

  it('answers a surname that is also a common word, and a hyphenated given name, with verbatim quotes', () => {
    const still = lookup(corpus, 'Still');
    expect([still.match, still.entity?.name, still.entity?.roles.map((r) => r.text)]).toEqual([
      'found',
      'Keith Still',
      ['Professor', 'of Manchester Metropolitan University'],
    ]);
    expect(still.entity!.roles[0]!.quote.text).toContain('Professor Keith Still of Manchester Metropolitan University');
    const tung = lookup(corpus, 'chee-hwa');
    expect([tung.match, tung.entity?.name, tung.entity?.roles.map((r) => r.text)]).toEqual(['found', 'Tung Chee-hwa', ['former chief executive']]);
    for (const q of [...still.quotes, ...tung.quotes]) expectVerbatim(q, dir);
    expect(lookup(corpus, 'Tribune').entity?.name).toBe('Chicago Tribune');
  });
});
