import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { newAnnotations } from '../../src/ingest/newAnnotations.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { FLOOD_REPORT_MD, FLOOD_WIRE_TXT, tempDir, writeFiles } from './fixtures.js';

const noSnapshot = { snapshot: false } as const;

async function wireThenCourier() {
  const dir = await tempDir();
  const corpusDir = path.join(dir, 'corpus');
  const [wire, courier] = await writeFiles(dir, { 'wire.txt': FLOOD_WIRE_TXT, 'courier.md': FLOOD_REPORT_MD });
  await ingest([{ kind: 'file', path: wire! }], corpusDir, noSnapshot);
  const report = await ingest([{ kind: 'file', path: courier! }], corpusDir, noSnapshot);
  const added = report.outcomes[0]!;
  if (added.status !== 'added') throw new Error(JSON.stringify(added));
  return { report, id: added.article.id };
}

describe('what an added article brought', () => {
  it('lists the dates it mentions that the corpus did not, resolved against its own publication date', async () => {
    const { report, id } = await wireThenCourier();
    const { dates } = newAnnotations(report.before, report.after, id);
    // Published Thursday 2026-03-05: "late on Wednesday" is the 4th. The wire already had Tuesday the 3rd.
    expect(dates).toContain('2026-03-04 (Wednesday)');
    expect(dates.some((d) => d.startsWith('2026-03-03'))).toBe(false);
    // Every label is a period the courier mentions and the corpus did not: a day, or a coarser period by its own name.
    const label = (d: { date: string; precision: string }) =>
      d.precision === 'year' ? d.date.slice(0, 4) : d.precision === 'month' ? d.date.slice(0, 7) : d.precision === 'week' ? `week of ${d.date}` : d.date;
    const courierDates = new Set(report.after.annotations.dates.filter((d) => d.passageId.startsWith(`${id}#`)).map(label));
    const earlierDates = new Set(report.before.annotations.dates.map(label));
    expect(dates.length).toBeGreaterThan(0);
    for (const shown of dates) {
      const period = shown.replace(/ \(.*\)$/, '');
      expect(courierDates.has(period)).toBe(true);
      expect(earlierDates.has(period)).toBe(false);
    }
  });

  it('lists the crowd claims in the article and only the names the corpus did not have', async () => {
    const { report, id } = await wireThenCourier();
    const passage = report.after.passages.find((p) => p.articleId === id)!;
    const other = report.before.passages[0]!;
    const withAnnotations = (corpus: Corpus, annotations: Record<string, unknown>): Corpus =>
      ({ ...corpus, annotations: { ...corpus.annotations, ...annotations } }) as Corpus;
    const before = withAnnotations(report.before, {
      entities: [{ name: 'Alma Reyes', aliases: ['Reyes'], articles: [other.articleId] }],
      crowd: [{ passageId: other.id, text: 'About 4,000', counted: 'residents', claimant: null }],
    });
    const after = withAnnotations(report.after, {
      entities: [
        { name: 'Alma Reyes', aliases: ['Governor Alma Reyes'], articles: [other.articleId, id] },
        { name: 'national hydrology office', aliases: [], mentions: [{ passageId: passage.id }] },
        { name: 'Tomas Lind', aliases: [], articles: [other.articleId] },
        { kind: 'person' }, // a shape without a name is skipped, not an error
      ],
      crowd: [
        { passageId: other.id, text: 'About 4,000', counted: 'residents', claimant: null },
        { passageId: passage.id, text: 'more than 5,000', counted: 'people', claimant: 'the council' },
        { passageId: passage.id, text: '20,000', counted: 'people', claimant: 'Organisers', forecast: true },
        { passageId: passage.id, text: '30,000', counted: null, claimant: null, forecast: true },
      ],
    });
    const brought = newAnnotations(before, after, id);
    expect(brought.names).toEqual(['national hydrology office']);
    expect(brought.crowd).toEqual([
      'more than 5,000 people (according to the council)',
      '20,000 people expected (forecast by Organisers)',
      '30,000 expected (a forecast)',
    ]);
  });

  it('is empty, not an error, when the annotations are placeholders', async () => {
    const { report, id } = await wireThenCourier();
    const bare = { ...report.after, annotations: { dates: [], crowd: [], entities: [] } } as Corpus;
    expect(newAnnotations(bare, bare, id)).toEqual({ dates: [], crowd: [], names: [] });
  });
});
