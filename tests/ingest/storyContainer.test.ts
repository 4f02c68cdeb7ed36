import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/ingest/paragraphs.js';
import { isStorySentence } from '../../src/ingest/storyContainer.js';

/** A sports report as a 2008 news page prints it (L3S-GN1 development pages): the story's paragraphs in one box. */
const STORY = [
  'Steelers quarterback Ben Roethlisberger, who did limited work in practice for the third consecutive day, is listed as questionable with a sprained right ankle.',
  'Backup Charlie Batch practiced with the first team all week and is expected to make his first start of the season.',
  'This week was different for Roethlisberger, who has been more of an observer and was limited in the final practice.',
  'As the backup, Batch said he prepares every week in practice as though he is the starter.',
  'Safety Troy Polamalu (knee), who missed the last two days of practice, is doubtful.',
  'Backup return man Willie Reid (shoulder) is probable, as is linebacker Andre Frazier (groin).',
];
const story = (inner = STORY) => `<div class="story">${inner.map((s) => `<p>${s}</p>`).join('')}</div>`;

/** The rail the page sets after the story's box, in a box of its own (real labels of such rails). */
const RAIL = ['Multimedia', 'PDF: NFL capsules', 'Week 17', 'Additional Stories', 'Photo Gallery', 'Top Local Sports', 'Tools'];
const rail = `<div class="col-b">${RAIL.map((l) => `<span><p>${l}</p></span>`).join('')}</div>`;

const page = (body: string) => `<div class="page">${body}</div>`;

describe('after-story-container', () => {
  it('leaves out the labels of the boxes set after the story', () => {
    const paragraphs = paragraphsOf(page(story() + rail));
    expect(paragraphs).toEqual(STORY);
  });

  // Each row: a page, and the lines of it that must stay (negative rows: the rule must not fire on them).
  const keeps: [string, string, string[]][] = [
    ['a subhead inside the story box', page(story([...STORY.slice(0, 3), 'Other injuries', ...STORY.slice(3)]) + rail), ['Other injuries']],
    [
      'a headline before the story box',
      page(`<div class="head"><h1>Roethlisberger questionable for finale</h1></div>${story()}`),
      ['Roethlisberger questionable for finale'],
    ],
    [
      'a teaser sentence after the story (six words or more, ending a sentence)',
      page(`${story()}<div class="col-b"><p>Cashing in on green: A company with a new kind of trash bag has big plans.</p></div>`),
      ['Cashing in on green: A company with a new kind of trash bag has big plans.'],
    ],
    [
      'a subhead of the story continued in a second box after an advertisement',
      page(
        `${story(STORY.slice(0, 4))}<div class="col-c"><p>Advertisement</p></div><div class="story-2"><div><h3>Other injuries</h3></div>${STORY.slice(4)
          .map((s) => `<div><p>${s}</p></div>`)
          .join('')}</div>`,
      ),
      ['Other injuries'],
    ],
    [
      'a subhead on a page that wraps every paragraph in a box of its own',
      page(`<div class="body">${[...STORY.slice(0, 3), 'Other injuries', ...STORY.slice(3)].map((s) => `<div class="w"><p>${s}</p></div>`).join('')}</div>`),
      ['Other injuries'],
    ],
    ['a page with no box of sentences', page(RAIL.map((l) => `<p>${l}</p>`).join('')), RAIL],
  ];
  it.each(keeps)('keeps %s', (_name, html, lines) => {
    const paragraphs = paragraphsOf(html);
    for (const line of lines) expect(paragraphs).toContain(line);
  });
});

describe('isStorySentence', () => {
  const rows: [string, boolean][] = [
    ['Backup Charlie Batch practiced with the first team all week.', true],
    ['"You prepare to start," Batch said.', true],
    ['So, surely, will Verbeek.', false],
    ['By the Soul Merchants (Randy Gombar, author)', false],
    ['Listen to Audio Now', false],
  ];
  it.each(rows)('%s -> %s', (line, expected) => expect(isStorySentence(line)).toBe(expected));
});
