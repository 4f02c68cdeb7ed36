import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { candidateFromHtml } from '../../src/ingest/html.js';
import { headingTitle } from '../../src/ingest/pageTitle.js';

const STORY = [
  'Rescue crews worked through the night to free the cargo ship that ran aground near the harbour entrance on Tuesday.',
  'The coastguard said none of the twelve crew members was hurt and no fuel had leaked into the water.',
  'A salvage company is expected to try again at high tide on Wednesday morning, the harbour master said.',
];
const story = STORY.map((p) => `<p>${p}</p>`).join('');
const page = (before: string, after = ''): string => `<html><body>${before}<div class="story">${story}</div>${after}</body></html>`;
const titleOf = (html: string): string | null => headingTitle(new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document, STORY);

describe('heading-as-title: the line just before the story that reads as a headline', () => {
  it.each([
    // an h3 headline, a stamp and tools between it and the story
    [
      page('<h3>Cargo ship freed after night of work</h3><div>2008-01-14 03:50:02</div><a href="/print">Print article</a>'),
      'Cargo ship freed after night of work',
    ],
    // a headline set in a styled cell (no heading), a photo's caption after it
    [
      page('<div class="sh">Cargo ship runs aground near harbour</div><div class="caption">The ship lay on its side at dawn</div>'),
      'Cargo ship runs aground near harbour',
    ],
    // a heading is preferred to a line of text before it
    [page('<div>Latest from the coast desk today</div><h2>Crews free stranded cargo ship</h2>'), 'Crews free stranded cargo ship'],
    // the page's story header, a class that names a header
    [
      page('<div class="storyHeader"><h2>Salvage crews free the stranded ship</h2></div><div>Posted: Wednesday Jan 9, 2008 10:23 PM</div>'),
      'Salvage crews free the stranded ship',
    ],
  ])('%#: %s', (html, title) => {
    expect(titleOf(html)).toBe(title);
  });

  it.each([
    // negative: a sidebar's heading after the story (no story follows it)
    page('', '<h2>Make a Donation</h2><h2>Most read stories this week</h2>'),
    // negative: a label ending in a colon, a section's name in capitals, two words
    page('<h3>Bookmark with:</h3><h3>MOST POPULAR STORIES NOW</h3><h3>World News</h3>'),
    // negative: a heading inside a link (another page's title) and a menu
    page('<a href="/other"><h3>Fire crews tackle warehouse blaze</h3></a><nav><h3>Sport results and fixtures today</h3></nav>'),
    // negative: a date, a byline
    page('<h5>January 18th, 2008</h5><div>By Jane Roe Smith</div>'),
    // negative: a headline far above the story, beyond the reach of a headline
    page(`<h2>Cargo ship freed after night of work</h2><div>${'Weather and traffic for the region tonight. '.repeat(60)}</div>`),
  ])('%#: no headline', (html) => {
    expect(titleOf(html)).toBeNull();
  });
});

describe('a page with no title of its own', () => {
  it('is read with the headline before its story, and the stamp under that headline (a real 2008 page)', () => {
    const file = path.join(import.meta.dirname, '../eval/pages/l3sgn1-hillary-state-funeral/source.html');
    const candidate = candidateFromHtml(readFileSync(file, 'latin1'), null);
    expect(candidate.title).toBe("New Zealand to carry on adventurer Hillary's humanitarian work in Nepal");
    expect(candidate.published).toBe('2008-01-14');
  });

  it("takes its story's first line when no headline stands before its story (headline-from-body)", () => {
    const longer = page('', '<h2>Make a Donation</h2>').replace('</div>', `<p>${STORY.join(' ')}</p></div>`);
    expect(candidateFromHtml(longer, null).title).toMatch(/^Rescue crews worked through the night/);
  });
});
