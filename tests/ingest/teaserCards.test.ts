import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/ingest/paragraphs.js';
import { teaserCards } from '../../src/ingest/teaserCards.js';

/** A story around each case, so that a rail is a small share of the article, as a rail is. */
const STORY = [
  'Thousands of nurses walked off the job on Tuesday at four hospitals in the city, the union said.',
  'The strike, the first in two decades, was called after talks over staffing broke down late on Monday.',
  'Hospital managers said emergency rooms would stay open and that patients had been moved where needed.',
  'The union said its members would return to work on Thursday morning if no agreement was reached.',
  'A spokeswoman for the hospitals said the two sides would meet again on Wednesday with a mediator.',
  'Nurses carried signs outside the main entrance, and passing drivers sounded their horns in support.',
  'The union has asked for a cap of six patients per nurse on every ward, which managers say would cost millions.',
  'Managers offered a pay rise of three percent a year over three years, which the union turned down last week.',
  'Patients waiting for planned operations were told their appointments would be moved to later in the month.',
  'The city council said it would ask both sides to accept a mediator chosen by the state labour board.',
  'A nurse of twenty years said the wards had been short of staff since the spring and that many had left.',
  'Talks are to resume on Wednesday at a hotel near the city hall, the mediator told reporters on Tuesday.',
];
const story = `<p>${STORY.join('</p><p>')}</p>`;

/** A card as old news pages print one: a small picture and a standfirst (its headline, a link, left out by the ingest). */
const card = (text: string, cls = 'padding-left-right-9 padding-top-1') =>
  `<div class="${cls}"><p><a href="/other.html"><img src="t.jpg" width="70"></a></p><div class="float-left"><p class="small">${text}</p></div></div>`;

const TEASERS = [
  'Are you irritable when you return from work? Drained of emotion? You could be suffering from boreout',
  'Just a couple of tweaks and it is a phone on wheels, says our motoring writer',
  'What are you up to at the weekend? Our travel editor has it all figured out for the year',
];

/** `teaser-cards` (branch chrome11): rails it leaves out (their words gone), and look-alike markup of real reporting that stays. */
const TABLE: { chrome: string[]; kept: string[] } = {
  chrome: [
    // Three cards of one class after the story: the Times's "quick links" (2008).
    `<div>${story}<div class="quick-links">${TEASERS.map((t) => card(t)).join('')}</div></div>`,
    // Table cells of teasers, each a thumbnail and a line: a sports site's rail.
    `<div>${story}<table><tr>${TEASERS.map((t) => `<td class="null"><img src="t.jpg"><b>${t}</b></td>`).join('')}</tr></table></div>`,
  ],
  kept: [
    // Two cards are no rail.
    `<div>${story}${TEASERS.slice(0, 2)
      .map((t) => card(t))
      .join('')}</div>`,
    // Three pictures with captions: a gallery of the story's own pictures.
    `<div>${story}${TEASERS.map((t) => `<div class="photo"><img src="p.jpg"><p class="caption">${t}</p></div>`).join('')}</div>`,
    // Paragraphs each in a box of one class, no picture: the story set in boxes.
    `<div>${STORY.map((t) => `<div class="para">${t}</div>`).join('')}</div>`,
    // Boxes of one class with a picture and a long text each: the story's sections, not teasers.
    `<div>${[0, 2, 4].map((i) => `<div class="section"><img src="p.jpg"><p>${STORY[i]} ${STORY[i + 1]}</p></div>`).join('')}</div>`,
    // Three cards of three classes: no repeated box.
    `<div>${story}${TEASERS.map((t, i) => card(t, `box-${i}`)).join('')}</div>`,
  ],
};

describe('teaser-cards: a rail of cards with no header', () => {
  it.each(TABLE.chrome)('leaves out the cards of %s', (html) => {
    const paragraphs = paragraphsOf(html);
    expect(paragraphs).toEqual(STORY);
  });

  it.each(TABLE.kept)('keeps every block of %s', (html) => {
    const words = paragraphsOf(html).join(' ');
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    for (const p of Array.from(doc.querySelectorAll('p, td, div.para'))) {
      if (p.querySelector('p, div')) continue;
      const text = (p.textContent ?? '').trim();
      if (text) expect(words).toContain(text);
    }
  });

  it('reads no rail where the cards would hold a quarter of the article or more', () => {
    const doc = new JSDOM(`<body><div>${TEASERS.map((t) => card(t)).join('')}</div></body>`).window.document;
    expect(teaserCards(doc.body, 200).size).toBe(0);
    expect(teaserCards(doc.body, 10_000).size).toBe(3);
  });
});
