import { describe, expect, it } from 'vitest';
import { timelineAnswer } from '../../src/answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../../src/answers/timeline/options.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { datelineLength, datelineLengthGlued } from '../../src/passages/dateline.js';
import { writeCorpus } from '../support/corpus.js';

describe('a report’s opening dateline', () => {
  it.each([
    ['VALDORA, Aug. 14 — More than 12,000 residents left.', 'VALDORA, Aug. 14 — '],
    ['Jan. 24 (UPI) -- Millions of Iraqi citizens gathered.', 'Jan. 24 (UPI) -- '],
    ['BAGHDAD (AP) — The embassy was stormed.', 'BAGHDAD (AP) — '],
    ['BAGHDAD, Jan 24 (Reuters) - Iraqis marched.', 'BAGHDAD, Jan 24 (Reuters) - '],
    ['SAN FRANCISCO, Calif., Aug. 3, 2024 — Fog returned.', 'SAN FRANCISCO, Calif., Aug. 3, 2024 — '],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON — '],
    // The state or country written out, two places of filing, a news agency's dateline with no dash.
    ['HOUSTON, Texas (KTRK) -- A beauty business is taking drastic measures.', 'HOUSTON, Texas (KTRK) -- '],
    ['SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers searching for the plane pulled bodies from the sea.', 'SURABAYA, Indonesia/JAKARTA (Reuters) - '],
    ['Taipei, Nov. 17 (CNA) The Ministry of Environment released the updated guideline.', 'Taipei, Nov. 17 (CNA) '],
  ])('is found in %j', (text, dateline) => {
    expect(text.slice(0, datelineLength(text))).toBe(dateline);
  });

  it.each([
    'NATO — the alliance met.',
    'Officials, on Monday — said so.',
    'The U.S. — said so.',
    'He left on Aug. 14 — late.',
    'On Monday, Nov. 17 (a holiday) the square filled with marchers.',
    'Texas, New Mexico (and Arizona) — all border states — sued.',
    'Police, Nov. 17 (Reuters) said that the march had been peaceful.',
  ])('is not read into %j', (text) => {
    expect(datelineLength(text)).toBe(0);
  });

  it('gives neither a happening nor a name: its date and place are where the report was filed', async () => {
    const dir = writeCorpus({
      'fire.md': `---
title: Thousands flee as wildfire nears Valdora
publisher: Northern Ledger
published: 2024-08-14
---
VALDORA, Aug. 14 — More than 12,000 residents were ordered to leave their homes on Tuesday as the fire jumped the highway, fire chief Marta Okonkwo said.

Okonkwo said crews from three counties had arrived.
`,
    });
    const { corpus } = await loadCorpus(dir, { snapshot: false });
    const timeline = timelineAnswer(corpus, TimelineOptionsSchema.parse({}));
    expect(timeline.entries.map((e) => e.date)).toEqual(['2024-08-13']);
    const names = corpus.annotations.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toContain('Marta Okonkwo');
    expect(names.map((n) => n.toLowerCase())).not.toContain('valdora');
  });
});

describe('a weekly’s dateline with its dash glued to the first word (dateline-glued-dash, names only)', () => {
  it.each([
    // a dash glued to the first word, a single hyphen after a state written out
    ['MADISON, Wis.--Approximately 20 activists from Stop the War organized a protest.', 'MADISON, Wis.--'],
    ['SAN FRANCISCO--More than 150 people rallied on the steps of City Hall.', 'SAN FRANCISCO--'],
    ['AUSTIN, Texas-George W. Bush returned to the state where he launched his political career.', 'AUSTIN, Texas-'],
  ])('is read past by the names in %j, and kept in the passage', (text, dateline) => {
    expect(text.slice(0, datelineLengthGlued(text))).toBe(dateline);
    expect(datelineLength(text)).toBe(0);
  });

  it.each(['AP-US--Trump said so.', 'ROME--Pope Leo spoke.', 'Austin-Healey cars were shown.', 'FIFA, Qatar-Based sponsors paid.'])(
    'is not read into %j',
    (text) => {
      expect(datelineLengthGlued(text)).toBe(0);
    },
  );
});
