import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, embedLength, fitMessage, LIMITS, messageLength, withinLimits } from '../../../src/render/discord/limits.js';
import { escapeText, link, quoteBlock, sourceLine, userInput } from '../../../src/render/discord/markdown.js';
import { pagesOf } from '../../../src/render/discord/pages.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '@everyone',
    '<@123456789012345678>',
    '**bold** __u__ ~~s~~ ||spoiler|| `code` ```block```',
    '\u202eevil\u202c',
    '😀'.repeat(50),
    '\\'.repeat(7),
  ),
);

describe('clip', () => {
  it('keeps text that fits and shortens text that does not, with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    const cut = clip('a'.repeat(50), 10);
    expect(cut).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair or leaves a lone escaping backslash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const escaped = escapeText(text);
        const out = clip(escaped, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (out.length < escaped.length) {
          expect(out).not.toMatch(/[\uD800-\uDBFF]…?$/);
          const body = out.replace(/…$/, '');
          expect((/\\+$/.exec(body)?.[0].length ?? 0) % 2).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('fitMessage', () => {
  it('brings any embeds within every Discord limit', () => {
    const field = fc.record({ name: fc.string({ maxLength: 400 }), value: fc.string({ maxLength: 2000 }) });
    const embed = fc.record(
      {
        title: fc.string({ maxLength: 600 }),
        description: fc.string({ maxLength: 6000 }),
        fields: fc.array(field, { maxLength: 40 }),
        footer: fc.record({ text: fc.string({ maxLength: 3000 }) }),
        author: fc.record({ name: fc.string({ maxLength: 400 }) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 14 }), (embeds) => {
        const fitted = fitMessage(embeds as APIEmbed[]);
        expect(withinLimits(fitted)).toBe(true);
        expect(fitted.length).toBeLessThanOrEqual(LIMITS.embeds);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the head of the answer and shortens from the end', () => {
    const embeds: APIEmbed[] = [
      { title: 'Head', description: 'first '.repeat(500) },
      { title: 'Tail', description: 'x'.repeat(4000), fields: [{ name: 'f', value: 'y'.repeat(1000) }] },
    ];
    const fitted = fitMessage(embeds);
    expect(messageLength(fitted)).toBeLessThanOrEqual(LIMITS.total);
    expect(fitted[0]!.description).toBe(embeds[0]!.description);
    expect(fitted[1]!.fields ?? []).toHaveLength(0);
    expect(embedLength(fitted[1]!)).toBeLessThan(embedLength(embeds[1]!));
  });

  it('drops embeds past the tenth and replaces empty field text with the zero-width space Discord requires', () => {
    const fitted = fitMessage(Array.from({ length: 12 }, (_, i) => ({ title: `e${i}`, fields: [{ name: '', value: '' }] })));
    expect(fitted).toHaveLength(10);
    expect(fitted[0]!.fields![0]).toEqual({ name: '\u200b', value: '\u200b' });
  });
});

describe('markdown escaping', () => {
  it('shows quoted text as itself: emphasis, code, spoilers, links, headings and quotes are escaped', () => {
    const text = '**bold** _it_ `code` ||spoiler|| ~~gone~~ [click](https://evil.example)\n# heading\n> quote\n- item';
    const out = escapeText(text);
    for (const raw of ['**bold**', '_it_', '`code`', '||spoiler||', '~~gone~~', '[click](', '\n# heading', '\n> quote', '\n- item'])
      expect(out).not.toContain(raw);
    // Nothing but backslashes was added: the words read the same.
    expect(out.replace(/\\/g, '')).toBe(text);
  });

  it('leaves mentions as visible text (allowedMentions, not the text, stops pings)', () => {
    expect(escapeText('@everyone <@123456789012345678>')).toBe('@everyone <@123456789012345678>');
  });

  it('echoes user input on one line, clipped', () => {
    const out = userInput(`line one\nline two\u0000 ${'z'.repeat(500)}`, 50);
    expect(out).not.toContain('\n');
    expect(out.length).toBeLessThanOrEqual(60);
  });

  it('links only http(s) URLs, with parentheses encoded so the link cannot break out', () => {
    expect(link('T', 'https://e.org/a_(b)')).toBe('[T](https://e.org/a_%28b%29)');
    expect(link('T', 'javascript:alert(1)')).toBe('T');
    expect(link('T', null)).toBe('T');
  });

  it('puts a quote in a block quote, every line, then publisher, date and link', () => {
    const q = {
      text: 'One *line*\nand another',
      article: 'a1',
      publisher: 'The *Daily*',
      published: '2021-03-04',
      title: 'A [title]',
      url: 'https://news.example/x',
      start: 0,
      end: 10,
    };
    const block = quoteBlock(q);
    const lines = block.split('\n');
    expect(lines[0]).toBe('> One \\*line\\*');
    expect(lines[1]).toBe('> and another');
    expect(lines[2]).toBe('— **The \\*Daily\\***, 2021-03-04 · [A title](https://news.example/x)');
    expect(sourceLine({ ...q, publisher: null, published: null, url: null })).toBe('— *Unknown publisher*, date unknown · A title');
  });

  it('never lets a hostile quote or title break a page out of its limits', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: hostile, title: hostile, publisher: fc.option(hostile) }), { maxLength: 30 }), hostile, (quotes, title) => {
        const pages = pagesOf({
          title,
          intro: userInput(title),
          blocks: quotes.map((q, i) => quoteBlock({ ...q, article: `a${i}`, published: null, url: null, start: 0, end: 1 })),
        });
        expect(pages.length).toBeGreaterThan(0);
        for (const p of pages) expect(withinLimits(p.embeds)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('pagesOf', () => {
  it('packs whole blocks into numbered pages and keeps every block', () => {
    const blocks = Array.from({ length: 11 }, (_, i) => `block ${i} ${'w'.repeat(100)}`);
    const pages = pagesOf({ title: 'T', blocks, perPage: 4 });
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.embeds[0]!.footer?.text)).toEqual(['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    const all = pages.map((p) => p.embeds[0]!.description).join('\n\n');
    for (const b of blocks) expect(all).toContain(b);
  });

  it('starts a new page before a block would pass the page budget', () => {
    const pages = pagesOf({ title: 'T', blocks: ['a'.repeat(2000), 'b'.repeat(2000), 'c'.repeat(2000)], perPage: 10 });
    expect(pages.length).toBe(3);
    for (const p of pages) expect(withinLimits(p.embeds)).toBe(true);
  });

  it('says what is empty instead of sending an empty embed', () => {
    const [page] = pagesOf({ title: 'T', blocks: [], empty: 'Nothing matches.' });
    expect(page!.embeds[0]!.description).toBe('Nothing matches.');
    expect(page!.embeds[0]!.footer).toBeUndefined();
  });
});
