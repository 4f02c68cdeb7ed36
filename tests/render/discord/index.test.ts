import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import { findAnswer, runAnswer } from '../../../src/answers/registry.js';
import type { Quote } from '../../../src/answers/quote.js';
import { answerReply } from '../../../src/bot/answerReply.js';
import type { CommandContext } from '../../../src/bot/command.js';
import { UserError } from '../../../src/bot/errors.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { SEED_DIR } from '../../support/corpus.js';
import type { CrowdSizeAnswer } from '../../../src/answers/crowdSize/answer.js';
import type { WhoAnswer } from '../../../src/answers/who/answer.js';
import { crowdEventHead, renderCrowdSize } from '../../../src/answers/crowdSize/discord.js';
import { gatheringDate } from '../../../src/answers/crowdSize/terminal.js';
import { formatCount, formatSpan, ownReporting } from '../../../src/render/crowdCounts.js';
import { formatPeriod } from '../../../src/render/discord/dates.js';
import { renderDiscord, type DiscordPage } from '../../../src/render/discord/index.js';
import { withinLimits } from '../../../src/render/discord/limits.js';
import { escapeText } from '../../../src/render/discord/markdown.js';
import { renderSummary } from '../../../src/answers/summary/discord.js';
import type { SummaryAnswer } from '../../../src/answers/summary/answer.js';
import { renderWho } from '../../../src/answers/who/discord.js';

function text(pages: DiscordPage[]): string {
  return pages
    .flatMap((p) => p.embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).map((f) => `${f.name}\n${f.value}`), e.footer?.text].join('\n')))
    .join('\n');
}

function answer(corpus: Corpus, name: string, options: Record<string, unknown> = {}) {
  const result = runAnswer(findAnswer(name)!, corpus, options);
  if (!result.ok) throw new Error(result.message);
  return result.value as any;
}

describe('Discord replies on the seed articles', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await loadCorpus(SEED_DIR, { snapshot: false })).corpus;
  });

  it('search: every passage as a block quote with its publisher and date, every page within limits', async () => {
    const a = answer(corpus, 'search', { query: 'how many people marched in Baghdad', limit: 10 });
    expect(a.results.length).toBeGreaterThan(4);
    const pages = renderDiscord(a);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(withinLimits(p.embeds)).toBe(true);
    const all = text(pages);
    for (const { quote } of a.results as { quote: Quote }[]) {
      const lines = escapeText(quote.text)
        .split('\n')
        .map((l) => `> ${l}`);
      expect(all).toContain(lines.join('\n'));
      expect(all).toContain(`${quote.publisher ? `**${escapeText(quote.publisher)}**` : '*Unknown publisher*'}, ${quote.published ?? 'date unknown'}`);
      const file = await readFile(path.join(SEED_DIR, `${quote.article}.md`), 'utf8').catch(() =>
        readFile(path.join(SEED_DIR, `${quote.article}.txt`), 'utf8'),
      );
      expect(file.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('sources: every article with its publisher or "Unknown publisher", and its date', () => {
    const a = answer(corpus, 'sources');
    const all = text(renderDiscord(a));
    expect(all).toContain(`Sources: ${corpus.articles.length} articles`);
    for (const s of a.articles) {
      expect(all).toContain(s.publisher ? `**${escapeText(s.publisher)}** · ${s.published ?? 'date unknown'}` : '*Unknown publisher*');
    }
  });

  it('timeline: every entry under its date, at its precision, within limits', () => {
    const a = answer(corpus, 'timeline');
    expect(a.entries.length).toBeGreaterThan(3);
    const pages = renderDiscord(a);
    for (const p of pages) expect(withinLimits(p.embeds)).toBe(true);
    const all = text(pages);
    for (const e of a.entries) expect(all).toContain(`**${formatPeriod(e.date, e.precision)}** · reported by ${e.articles} article`);
    // Pages follow the entries' order: oldest first.
    const positions = a.entries.map((e: { date: string; precision: string }) => all.indexOf(`**${formatPeriod(e.date, e.precision)}**`));
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('summary: one message within limits, every source listed, every happening dated, the crowd range with who gave each figure', () => {
    const a = answer(corpus, 'summary');
    const pages = renderDiscord(a);
    expect(pages).toHaveLength(1);
    expect(withinLimits(pages[0]!.embeds)).toBe(true);
    const all = text(pages);
    expect(all).toContain(`Sources (${corpus.articles.length})`);
    for (const s of a.sources) expect(all).toContain(escapeText(s.title.replace(/[[\]]/g, '')));
    for (const h of a.happenings) expect(all).toContain(`**${formatPeriod(h.date, h.precision)}**`);
    for (const e of a.crowd) for (const c of e.claims) expect(all).toContain(escapeText(c.claimant ?? c.quote.publisher ?? 'unknown publisher'));
  });

  it('help: lists every command with its options', async () => {
    const ctx = { corpus, options: {}, commands: COMMANDS } as unknown as CommandContext;
    const help = COMMANDS.find((c) => c.data.name === 'help')!;
    const reply = await help.execute(ctx);
    expect(reply.ephemeral).toBe(true);
    const all = text(reply.pages);
    for (const c of COMMANDS) expect(all).toContain(`**/${c.data.name}**`);
    expect(all).toContain('`query`');
  });

  it('a bad option is a UserError with the same message as the CLI, escaped', () => {
    expect(() => answerReply({ corpus, options: { query: '   ' } }, 'search')).toThrow(UserError);
    expect(() => answerReply({ corpus, options: { query: 'x', limit: 99 } }, 'search')).toThrow('limit must be at most 25');
    expect(() => answerReply({ corpus, options: { query: 'x', '**evil**': 1 } }, 'search')).toThrow('unknown option: \\*\\*evil\\*\\*');
  });
});

describe('Discord replies on a corpus of another story', () => {
  let dir: string;
  let corpus: Corpus;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'eventdesk-discord-'));
    const files: Record<string, string> = {
      'strike-1.md': `---\ntitle: Dockers walk out at the port of *Valparaíso*\npublisher: Harbour _Gazette_\npublished: 2022-05-03\nurl: https://gazette.example/strike_(day-1)\n---\nDock workers at the port of Valparaíso walked out on Monday over night-shift pay. The union said 4,000 members joined the strike @everyone should know about. Cranes stood still along the **main quay** and ships waited offshore.\n`,
      'strike-2.md': `---\ntitle: Port strike enters second day\npublisher: Coastal Wire\npublished: 2022-05-04\n---\nThe strike at Valparaíso entered its second day on Tuesday as talks between the union and the port authority stalled. Police said about 1,500 people marched along the waterfront, while organisers put the figure at 6,000.\n`,
      'strike-3.txt': `Talks resume as port strike ends\n\nThe union ended the strike at Valparaíso on Thursday after the port authority agreed to review night-shift pay. ||Spoiler|| markers and \`code\` in an article stay as text.\n`,
    };
    for (const [name, body] of Object.entries(files)) await writeFile(path.join(dir, name), body);
    corpus = (await loadCorpus(dir, { snapshot: false })).corpus;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('escapes markdown in quotes, titles and publishers, and links the article safely', () => {
    expect(corpus.articles).toHaveLength(3);
    const all = text(renderDiscord(answer(corpus, 'search', { query: 'cranes main quay', limit: 3 })));
    expect(all).toContain('\\*\\*main quay\\*\\*');
    expect(all).toContain('**Harbour \\_Gazette\\_**, 2022-05-03');
    expect(all).toContain('(https://gazette.example/strike_%28day-1%29)');
    expect(all).not.toMatch(/(?<!\\)\*\*main quay/);
    const sources = text(renderDiscord(answer(corpus, 'sources')));
    expect(sources).toContain('Sources: 3 articles');
    expect(sources).toContain('Dockers walk out at the port of \\*Valparaíso\\*');
    expect(sources).toContain('*Unknown publisher*');
    const spoiler = text(renderDiscord(answer(corpus, 'search', { query: 'spoiler markers code', limit: 1 })));
    expect(spoiler).toContain('\\|\\|Spoiler\\|\\|');
    expect(spoiler).toContain('\\`code\\`');
  });

  it('every command that answers from the registry renders within limits', () => {
    for (const name of ['search', 'sources', 'timeline', 'crowd-size', 'who', 'summary']) {
      const spec = findAnswer(name);
      if (!spec) continue; // answers still being written elsewhere
      const options = spec.positional === 'query' ? { query: 'strike' } : {};
      const result = runAnswer(spec, corpus, options);
      expect(result.ok).toBe(true);
      if (result.ok) for (const p of renderDiscord(result.value)) expect(withinLimits(p.embeds)).toBe(true);
    }
  });
});

const quote = (i: number, extra: Partial<Quote> = {}): Quote => ({
  text: `Passage ${i} ${'word '.repeat(60)}`,
  article: `a${i % 7}`,
  publisher: i % 3 ? `Publisher ${i % 5}` : null,
  published: i % 4 ? '2022-05-0' + ((i % 9) + 1) : null,
  title: `Title ${i}`,
  url: i % 2 ? `https://news.example/${i}` : null,
  start: 0,
  end: 10,
  ...extra,
});

describe('dates and ranges as people read them', () => {
  it('a date at the precision it is known, never a fake exact day', () => {
    expect(formatPeriod('2019-12-31', 'day')).toBe('31 December 2019');
    expect(formatPeriod('2019-12-23', 'week')).toBe('week of 23 December 2019');
    expect(formatPeriod('2019-10-01', 'month')).toBe('October 2019');
    expect(formatPeriod('2003-01-01', 'year')).toBe('2003');
  });

  it('a range says when it has no upper bound, and a figure with only an upper bound says "up to"', () => {
    expect(formatCount(500_000, 500_000)).toBe('500,000');
    expect(formatCount(5_000, 10_000)).toBe('5,000–10,000');
    expect(formatCount(2_500_000, null)).toBe('2,500,000 or more');
    expect(formatCount(0, 500)).toBe('up to 500');
    const claim = (low: number, high: number | null) => ({ low, high, text: '', claimant: null, quote: quote(1) });
    expect(formatSpan({ low: 2_000, high: null, claims: [claim(2_000, 2_000), claim(2_500_000, null)] })).toBe('2,000 to more than 2,500,000');
    expect(formatSpan({ low: 200, high: 500, claims: [claim(200, 200), claim(500, 500)] })).toBe('200–500');
    // One open figure is not a range from itself to more than itself.
    expect(formatSpan({ low: 1_000_000, high: null, claims: [claim(1_000_000, null)] })).toBe('1,000,000 or more');
    const head = crowdEventHead({ label: 'march', date: null, low: 1_000_000, high: null, claims: [claim(1_000_000, null)] });
    expect(head).toContain('One estimate: **1,000,000 or more**');
    expect(head).not.toContain('to **');
  });

  it('a gathering known only by its year is shown with its year, not its first day', () => {
    const claim = { low: 2_000_000, high: 2_000_000, text: 'about 2 million', claimant: null, quote: quote(1) };
    const head = crowdEventHead({ label: '2005 parade', date: '2005-01-01', precision: 'year', low: 2_000_000, high: 2_000_000, claims: [claim] });
    expect(head).toContain('**2005 parade** · 2005\n');
    expect(head).not.toContain('January');
    expect(gatheringDate({ date: '2005-01-01', precision: 'year' })).toBe('2005');
    expect(gatheringDate({ date: '2016-11-04' })).toBe('2016-11-04');
    expect(gatheringDate({ date: null })).toBe('date unknown');
  });

  it("a figure no one else is named for is the publisher's own reporting, in good English", () => {
    expect(ownReporting('CGTN')).toBe("CGTN's own reporting");
    expect(ownReporting('Harbour Times')).toBe("Harbour Times' own reporting");
    expect(ownReporting(null)).toBe("the article's own reporting");
  });
});

describe('crowd-size, who and summary embeds (from their JSON contracts)', () => {
  const crowd: CrowdSizeAnswer = {
    command: 'crowd-size',
    events: [
      {
        label: 'March in the capital',
        date: '2022-05-04',
        low: 1_500,
        high: null,
        claims: [
          { low: 1_500, high: 1_500, text: 'about 1,500 people', claimant: 'Police', quote: quote(1) },
          { low: 6_000, high: null, text: 'more than 6,000', claimant: null, quote: quote(2) },
        ],
      },
      { label: 'Rally', date: null, low: 200, high: 200, claims: [{ low: 200, high: 200, text: 'hundreds', claimant: 'organisers', quote: quote(3) }] },
    ],
  };

  it('crowd-size: the range, then each estimate with who gave it and its quote; an event per page', () => {
    const pages = renderCrowdSize(crowd);
    expect(pages).toHaveLength(2);
    const first = text([pages[0]!]);
    expect(first).toContain('Estimates range from **1,500** to **6,000 or more**');
    expect(first).toContain('(1,500), according to Police');
    expect(first).toContain('(6,000 or more), Publisher 2');
    expect(first).toContain('Page 1 of 2');
    expect(text([pages[1]!])).toContain('Page 2 of 2');
    expect(renderCrowdSize({ command: 'crowd-size', events: [] })[0]!.embeds[0]!.description).toMatch(/No crowd-size estimate/);
  });

  it('who: the entity with aliases and roles, then the passages; suggestions when nothing matches', () => {
    const found: WhoAnswer = {
      command: 'who',
      query: 'sadr',
      match: 'found',
      entity: {
        name: 'Muqtada al-Sadr',
        kind: 'person',
        aliases: ['Muqtada al-Sadr', 'Moqtada Sadr'],
        roles: [{ text: "Shi'ite cleric", quote: quote(4) }],
        articles: 3,
      },
      quotes: [quote(5), quote(6)],
      suggestions: [],
    };
    const all = text(renderWho(found));
    expect(all).toContain('**Muqtada al-Sadr** · person · mentioned in 3 articles');
    expect(all).toContain('Also written: Moqtada Sadr');
    expect(all).toContain("• Shi'ite cleric (**Publisher 4**");
    const missing = text(renderWho({ command: 'who', query: '**nobody** @here', match: 'none', entity: null, quotes: [], suggestions: ['Someone Else'] }));
    expect(missing).toContain('No one in the articles matches “\\*\\*nobody\\*\\* @here”');
    expect(missing).toContain('Closest names: **Someone Else**');
    const ambiguous = text(renderWho({ command: 'who', query: 'al', match: 'ambiguous', entity: null, quotes: [], suggestions: ['Ali One', 'Ali Two'] }));
    expect(ambiguous).toContain('Which one?\n• **Ali One**\n• **Ali Two**');
  });

  it('summary: one message within every limit however large the corpus, with what was left out counted', () => {
    const big: SummaryAnswer = {
      command: 'summary',
      generatedFrom: { articles: 400, hash: 'abcdef0123456789' },
      happenings: Array.from({ length: 60 }, (_, i) => ({
        date: '2022-05-01',
        precision: 'day' as const,
        summary: `Happening ${i} ${'x'.repeat(300)}`,
        articles: 2,
        passages: 2,
        ahead: i % 2 === 1,
        happenings: 1,
        quotes: [quote(i), quote(i + 1)],
      })),
      crowd: Array.from({ length: 15 }, (_, i) => ({ ...crowd.events[0]!, label: `Event ${i}` })),
      people: Array.from({ length: 300 }, (_, i) => ({ name: `Person Number ${i}`, kind: 'person', articles: 300 - i })),
      sources: Array.from({ length: 400 }, (_, i) => ({
        article: `a${i}`,
        title: `Article title ${i}`,
        publisher: `Pub ${i}`,
        published: '2022-05-01',
        url: `https://e.example/${i}`,
      })),
    };
    const page = renderSummary(big, new Date('2022-06-01T00:00:00Z'));
    expect(withinLimits(page.embeds)).toBe(true);
    const all = text([page]);
    expect(all).toContain('**1 May 2022**: Happening 0');
    expect(all).toContain('**1 May 2022** *(planned or expected, after every report of it)*: Happening 1');
    expect(all).toMatch(/… and \d+ more/);
    expect(all).toContain('Person Number 0 (300)');
    expect(all).toContain('Sources (400)');
    expect(all).toContain('From 400 articles · corpus abcdef01');
    expect(page.embeds.at(-1)!.timestamp).toBe('2022-06-01T00:00:00.000Z');
  });
});
