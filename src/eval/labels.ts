import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The evaluation set's data tables (tests/eval/): a folder per saved page (source.html as received and
 * meta.yaml saying where it came from) and a label file per page, written by reading the page. A key left
 * out of a label file means "not labelled"; an empty list means "labelled: there is none".
 */

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day, YYYY-MM-DD');

export const PageMetaSchema = z.object({
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  published: IsoDay.nullable(),
  origin: z.object({ repository: z.string(), commit: z.string(), path: z.string(), licence: z.string() }),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

/**
 * The label entries are strict: an unquoted comma in a YAML flow map ("{ figure: over 250, 000, … }") splits a value
 * and makes a stray key, which a lenient schema dropped in silence while the value was cut.
 */
/** A day a careful reader takes a date mention to mean; `context` (words of its sentence) tells apart two mentions written alike. */
const DateLabelSchema = z.strictObject({
  mention: z.string().min(1),
  context: z.string().optional(),
  date: IsoDay,
});

/** One crowd figure: as written, its range, who gave it (null: the publisher's own reporting), and which gathering. */
const CrowdLabelSchema = z.strictObject({
  figure: z.string().min(1),
  low: z.number(),
  high: z.number().nullable(),
  /** A list when a careful reader would accept several (null among them: the publisher's own reporting). */
  claimant: z.union([z.string(), z.array(z.string().nullable())]).nullable(),
  /** An id shared by every claim about one gathering, across pages. */
  gathering: z.string().min(1),
  context: z.string().optional(),
});

const EntityLabelSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['person', 'organization']),
  /** Every spelling the page uses, the canonical name included. */
  spellings: z.array(z.string().min(1)).min(1),
  /** Roles the page states ("Secretary of State", "spokesman"); a role is found when a given role contains it. */
  roles: z.array(z.string().min(1)).default([]),
});

/**
 * A batch of pages brought in after rules had been written on the first set, held out when it came
 * (`npm run eval -- --split <batch>`): `fresh`, the first (released for rule-writing after its first
 * measure), `fresh2` (released likewise, 2026-12-06 17:20 UTC), `fresh3` (brought in after that release,
 * measured twice, released likewise 2026-12-06 19:50 UTC), `fresh4` (brought in after that release, measured twice,
 * released likewise 2026-12-06 22:55 UTC), `fresh5` (brought in after that release, measured twice, released likewise
 * 2026-12-07 02:20 UTC), `fresh6` (brought in after that release, measured, released likewise 2026-12-07 05:20 UTC),
 * `fresh7` (brought in after that release, held out, measured twice, released likewise 2026-12-07 08:20 UTC),
 * `fresh8` (brought in beside it the same morning, held out, measured in two sessions, released likewise 2026-12-07
 * 11:20 UTC), `fresh9` (brought in after the seventh's release, held out, measured in one session), `fresh10` (brought
 * in after the eighth's release, held out, measured in one session), `fresh11` (pages of a collection new to the set,
 * brought in in session 13, held out, measured in one session) and `fresh12` (Reuters newswire stories of 1987 with credited
 * turnouts, wrapped as pages by the project, brought in in session 13, held out).
 * Pages without one are the first set, split into dev and holdout.
 */
export const EvalBatchSchema = z.enum([
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh8',
  'fresh9',
  'fresh10',
  'fresh11',
  'fresh12',
]);
export type EvalBatch = z.infer<typeof EvalBatchSchema>;

export const PageLabelsSchema = z
  .strictObject({
    page: z.string().min(1),
    /** Not to be read while fixing rules: the figures on these pages measure rules never shaped on them. */
    holdout: z.boolean(),
    batch: EvalBatchSchema.optional(),
    /** The publication day as a reader takes it from the page (the metadata may lack it). */
    published: IsoDay.nullable(),
    /** Chrome text (verbatim fragments of the page) that must not appear in a quoted passage. */
    chrome: z.array(z.string().min(4)).optional(),
    dates: z.array(DateLabelSchema).optional(),
    crowd: z.array(CrowdLabelSchema).optional(),
    entities: z.array(EntityLabelSchema).optional(),
  })
  .refine((l) => l.batch === undefined || l.holdout, { message: 'a page of a later batch is held out (holdout: true)', path: ['holdout'] });
export type PageLabels = z.infer<typeof PageLabelsSchema>;
export type DateLabel = z.infer<typeof DateLabelSchema>;
export type CrowdLabel = z.infer<typeof CrowdLabelSchema>;
export type EntityLabel = z.infer<typeof EntityLabelSchema>;

export type EvalSplit = 'all' | 'dev' | 'holdout' | EvalBatch;
export const EVAL_SPLITS: readonly EvalSplit[] = ['all', 'dev', 'holdout', ...EvalBatchSchema.options];

/** Whether a page belongs to a split: dev and holdout are the first set's pages; a batch name, that batch's pages. */
export function inSplit(labels: PageLabels, split: EvalSplit): boolean {
  if (split === 'all') return true;
  if (split === 'dev' || split === 'holdout') return labels.batch === undefined && labels.holdout === (split === 'holdout');
  return labels.batch === split;
}

export interface EvalPage {
  id: string;
  /** The saved page, as received. */
  source: string;
  meta: PageMeta;
  labels: PageLabels;
}

/** Reads every labelled page of an evaluation set folder; a label without its page, or a bad table, is an error naming the file. */
export async function readEvalSet(dir: string): Promise<EvalPage[]> {
  const labelDir = path.join(dir, 'labels');
  const names = (await readdir(labelDir)).filter((n) => n.endsWith('.yaml')).sort();
  const pages: EvalPage[] = [];
  for (const name of names) {
    const labels = parseTable(PageLabelsSchema, await readFile(path.join(labelDir, name), 'utf8'), path.join('labels', name));
    if (`${labels.page}.yaml` !== name) throw new Error(`labels/${name}: its page is "${labels.page}"; the file must be named ${labels.page}.yaml`);
    const pageDir = path.join(dir, 'pages', labels.page);
    const meta = parseTable(PageMetaSchema, await readFile(path.join(pageDir, 'meta.yaml'), 'utf8'), path.join('pages', labels.page, 'meta.yaml'));
    pages.push({ id: labels.page, source: path.join(pageDir, 'source.html'), meta, labels });
  }
  return pages;
}

function parseTable<T>(schema: z.ZodType<T>, text: string, shown: string): T {
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${shown}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return result.data;
}
