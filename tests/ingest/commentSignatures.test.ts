import { describe, expect, it } from 'vitest';
import { isCommentHeader, isCommentSignature } from '../../src/ingest/commentSignatures.js';
import { paragraphsOf } from '../../src/ingest/paragraphs.js';

/** A story long enough to be one, as the ingest reads it. */
const STORY = [
  'Portsmouth manager Harry Roe has denied speculation linking him with the vacant managerial position at the club.',
  'Roe had been the favourite to replace the manager, who was sacked yesterday afternoon after an indifferent start to the season.',
  'However, he expressed his satisfaction with his life down on the south coast, which he was unwilling to swap for the pressure.',
  'The club said it would make a further announcement on the managerial position when appropriate, a spokesman told reporters.',
];
const story = `<p>${STORY.join('</p><p>')}</p>`;

/** `comment-signatures` (branch chrome12): comment areas it cuts (the story alone stays), and pages it leaves whole. */
const TABLE: { cut: string[]; whole: string[] } = {
  cut: [
    // The Telegraph (2008): each comment's words, then "Posted by NAME on STAMP" in bold after a break, in one box.
    `<div>${story}<p>Comments</p><p class="story">What a marvellous opportunity for him. He now has a bit of money.<br><b>Posted by Idealist on January 10, 2008 5:58 PM</b><br><span class="small"><a href="mailto:x@example.com">Report this comment</a></span></p><div class="story"><p>Harry lives in a large house.</p><p>No way was he ever going to move north.<br><b>Posted by John on January 10, 2008 5:29 PM</b></p></div></div>`,
    // A Newsquest paper (2008): a closed area's header, one signature before the comment's words.
    `<div>${story}<p><b>Thanks for your comments - this feedback is now closed</b></p><p>Posted by: Dom, London on <span class="itdate">5:19pm Tue 1 Jan 08</span></p><div class="entry"><p>This is a very tight league and even teams at the bottom can string a few wins together!</p></div></div>`,
    // A blog of a newspaper (2008): two signatures with a bar, each before its comment, no header.
    `<div>${story}<p>Posted by: jim | January 14, 2008 07:20 PM</p><p>I doubt the poll means much this early.</p><p>Posted by: Suzanne | January 14, 2008 07:05 PM</p><p>Women will decide this race.</p></div>`,
  ],
  whole: [
    // A blog post signed once at its foot, and no header: no comment area.
    `<div>${story}<p>Posted by Eric Roe at December 29, 2007 12:03 PM | Email This</p></div>`,
    // A post's byline at its head, then the post.
    `<div><p>Posted by jrmylmb - Tuesday, January 08, 2008 12:40 PM</p>${story}</div>`,
    // A sentence of the story that opens like a signature.
    `<div>${story}<p>Posted by mail on May 2, 2008 the letter came back unopened.</p><p>Posted by courier on May 3, 2008 it arrived.</p></div>`,
  ],
};

describe('comment-signatures: reader comments told by their signed boxes', () => {
  it.each(TABLE.cut)('leaves out the comments of %s', (html) => {
    expect(paragraphsOf(html)).toEqual(STORY);
  });
  it('keeps the first comment when each signature follows its comment in a box of its own and no header says where the area begins (left)', () => {
    const html = `<div>${story}<p>I doubt the poll means much this early.</p><p>Posted by: jim | January 14, 2008 07:20 PM</p><p>Women will decide this race.</p><p>Posted by: Suzanne | January 14, 2008 07:05 PM</p></div>`;
    expect(paragraphsOf(html)).toEqual([...STORY, 'I doubt the poll means much this early.']);
  });
  it.each(TABLE.whole)('keeps every paragraph of %s', (html) => {
    expect(
      paragraphsOf(html)
        .slice(0, STORY.length + 1)
        .join(' '),
    ).toContain(STORY.join(' ').slice(0, 200));
    expect(paragraphsOf(html).filter((p) => /\p{L}/u.test(p)).length).toBeGreaterThanOrEqual(STORY.length);
  });

  it.each([
    ['Posted by Idealist on January 10, 2008 5:58 PM', true],
    ['Posted by: Dom, London on 5:19pm Tue 1 Jan 08', true],
    ['Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM', true],
    ['Posted by mail on May 2, 2008 the letter came back unopened.', false],
    ['Posted by: Jane Roe', false],
    ['The vote was posted by the clerk on Monday.', false],
  ])('reads %s as a signature: %s', (line, yes) => {
    expect(isCommentSignature(line)).toBe(yes);
  });

  it.each([
    ['Comments', true],
    ["Readers' comments (12)", true],
    ['Thanks for your comments - this feedback is now closed', true],
    ['Comments by the minister angered the union', false],
    ['Your say in the matter is what counts, the mayor said.', false],
  ])('reads %s as a comment header: %s', (line, yes) => {
    expect(isCommentHeader(line)).toBe(yes);
  });
});
