import { describe, expect, it } from 'vitest';
import { isoDay, paragraphsOf } from '../../src/ingest/html.js';

describe('publication dates from page metadata', () => {
  it.each([
    ['2026-03-08T21:40:00-05:00', '2026-03-08'], // the publisher's own day, not UTC's
    ['2026-03-08', '2026-03-08'],
    ['2026-03-08 07:00', '2026-03-08'],
    ['Sun, 08 Mar 2026 12:00:00 GMT', '2026-03-08'],
    ['Sun, 08 Mar 2026 23:30:00 -0800', '2026-03-08'], // UTC would say the 9th
    ['March 8, 2026', '2026-03-08'],
  ])('%s is %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });
  it.each(['0', '12', 'yesterday', '2026-02-30T10:00:00Z', '', 'not a date'])('%s is no date', (value) => {
    expect(isoDay(value)).toBeNull();
  });
});

describe('article HTML to paragraphs', () => {
  it('collapses HTML whitespace, keeps list items as bullets, and drops link promos but not sentences with links', () => {
    const html = `<p>The council   met
      on <a href="/x">Monday</a> evening.</p>
      <ul><li>First point</li><li>Second point</li></ul>
      <p>Read more: <a href="/y">How the river rose in three days</a></p>
      <p>The <a href="/z">national hydrology office</a> said the river crested at 6.2 metres.</p>
      <p>Line one<br>Line two</p>`;
    expect(paragraphsOf(html)).toEqual([
      'The council met on Monday evening.',
      '- First point',
      '- Second point',
      'The national hydrology office said the river crested at 6.2 metres.',
      'Line one',
      'Line two',
    ]);
  });
});
