import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { CrowdClaim } from '../../src/annotate/crowd/index.js';
import type { DateMention } from '../../src/annotate/dates/index.js';
import type { Entity } from '../../src/annotate/names/index.js';
import { EVAL_SPLITS, inSplit, PageLabelsSchema, readEvalSet } from '../../src/eval/labels.js';
import { renderEvalReport } from '../../src/eval/render.js';
import { runEval } from '../../src/eval/run.js';
import {
  chromeLeaks,
  claimantRight,
  droppedSentences,
  LISTING_TOP,
  rates,
  scoreCrowd,
  scoreDates,
  scoreGatherings,
  scoreListing,
  scoreWho,
} from '../../src/eval/score.js';
import type { Passage } from '../../src/passages/types.js';
import { PROJECT_ROOT } from '../support/fixtures.js';

const passage = (id: string, text: string): Passage => ({ id, articleId: 'a', paragraph: 0, start: 0, end: text.length, text, kind: 'body' });
const date = (passageId: string, text: string, day: string, precision: DateMention['precision'] = 'day'): DateMention => ({
  passageId,
  start: 0,
  end: text.length,
  text,
  date: day,
  precision,
  basis: 'publication',
});
const claim = (text: string, low: number, claimant: string | null, event: string, passageId = 'p1'): CrowdClaim => ({
  passageId,
  articleId: 'a',
  text,
  start: 0,
  end: text.length,
  low,
  high: null,
  vague: false,
  counted: 'people',
  claimant,
  forecast: false,
  event: { id: event, label: event, date: null, place: null },
});

describe('the scorer', () => {
  it('computes precision, recall and F1 from counts, and null where nothing was returned or labelled', () => {
    expect(rates({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(rates({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: null, recall: 0, f1: null });
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });

  it('counts a chrome line held by a passage, or split into passages, and not a real sentence that shares a word', () => {
    const passages = [
      passage('p1', 'Like this story?'),
      passage('p2', 'Share it with a friend!'),
      passage('p3', 'The minister said she would share the report with parliament.'),
      passage('p4', 'The square on Friday. Photo: Jane Roe/Agency'),
    ];
    const leaks = chromeLeaks(['Like this story? Share it with a friend!', 'Jane Roe/Agency', 'Order Reprints | Today’s Paper | Subscribe'], passages);
    expect(leaks.map((l) => l.chrome)).toEqual(['Like this story? Share it with a friend!', 'Jane Roe/Agency']);
  });

  it('matches a short chrome line only as a whole passage or at its end', () => {
    const passages = [
      passage('p1', 'Surveillance video showed him.'),
      passage('p2', 'Gunmen stormed the museum. (Reuters)'),
      passage('p3', 'Image'),
      passage('p4', 'Jane Roe said she had not expected the backlash.'),
    ];
    expect(chromeLeaks(['Video', '(Reuters)', 'Image', 'bars', 'Jane Roe'], passages).map((l) => l.chrome)).toEqual(['(Reuters)', 'Image']);
  });

  it('lists the sentences no passage kept that no chrome label names, and not a short line or a labelled one', () => {
    const text =
      'The council met on Monday.\n\nLike this story? Share it with a friend!\n\nResidents said the river rose overnight.\n\nPolitics\n\nThe vote passed.';
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const kept = [{ ...passage('p1', 'The council met on Monday.'), start: 0, end: 26 }];
    expect(droppedSentences(['Like this story? Share it with a friend!'], paragraphs, text, kept)).toEqual(['Residents said the river rose overnight.']);
  });

  it('scores date mentions: right day, wrong day (a miss and a false positive), unlabelled days, and weeks left out', () => {
    const text = (id: string) => ({ p1: 'The strike began on Tuesday.', p2: 'Talks resume on Tuesday.', p3: 'Last week and on Friday.' })[id]!;
    const score = scoreDates(
      [
        { mention: 'Tuesday', context: 'strike began', date: '2020-03-03' },
        { mention: 'Tuesday', context: 'Talks resume', date: '2020-03-10' },
        { mention: 'March 1', date: '2020-03-01' },
      ],
      [
        date('p1', 'Tuesday', '2020-03-03'),
        date('p2', 'on Tuesday', '2020-03-03'),
        date('p3', 'Friday', '2020-02-28'),
        date('p3', 'Last week', '2020-02-24', 'week'),
      ],
      text,
    );
    expect(score.counts).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(score.wrongDay).toBe(1);
    expect(score.misses).toEqual([
      { mention: 'Tuesday', expected: '2020-03-10', got: '2020-03-03' },
      { mention: 'March 1', expected: '2020-03-01', got: null },
    ]);
  });

  it('scores crowd claims, claimants, and gatherings split or mixed across events', () => {
    const text = () => 'About 5,000 marched, police said; organisers said 20,000. Three were arrested.';
    const labels = [
      { figure: 'About 5,000', low: 5000, high: null, claimant: 'police', gathering: 'g1' },
      { figure: '20,000', low: 20000, high: null, claimant: 'organisers', gathering: 'g1' },
      { figure: 'hundreds', low: 100, high: null, claimant: null, gathering: 'g2' },
    ];
    const found = [claim('About 5,000', 5000, 'police', 'e1'), claim('20,000', 20000, 'the', 'e2'), claim('Three', 3, null, 'e2')];
    const score = scoreCrowd(labels, found, text);
    expect(score.counts).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.claimantsRight).toBe(1);
    const gatherings = scoreGatherings([...score.matches, { label: labels[2]!, claim: claim('hundreds', 100, null, 'e2') }]);
    expect(gatherings).toMatchObject({ gatherings: 2, whole: 1, events: 2, mixed: 1 });
    expect(claimantRight([null, 'Amnesty International'], null)).toBe(true);
    expect(claimantRight('police', null)).toBe(false);
  });

  it('scores people: found by any spelling, spellings joined in one entity, roles contained in a given role', () => {
    const entity = (name: string, aliases: string[], roles: string[]): Entity => ({
      id: name,
      name,
      kind: 'person',
      aliases,
      mentions: [],
      roles: roles.map((text) => ({ text, passageId: 'p1' })),
      articles: ['a'],
    });
    const score = scoreWho(
      [
        { name: 'Maria Lopez', kind: 'person', spellings: ['Maria Lopez', 'Lopez', 'M. Lopez'], roles: ['mayor', 'economist'] },
        { name: 'Tom Hill', kind: 'person', spellings: ['Tom Hill'], roles: [] },
      ],
      [entity('Maria Lopez', ['María López'], ['city mayor']), entity('Lopez', [], [])],
      'a',
    );
    expect(score).toMatchObject({ entities: 2, found: 1, spellings: 4, spellingsJoined: 1, roles: 2, rolesFound: 1, missed: ['Tom Hill'] });
  });

  it('compares names with their leading article aside ("The Root" is "Root"), and only a leading one', () => {
    const org = (name: string): Entity => ({ id: name, name, kind: 'organization', aliases: [], mentions: [], roles: [], articles: ['a'] });
    const score = scoreWho(
      [
        { name: 'The Root', kind: 'organization', spellings: ['The Root'], roles: [] },
        { name: 'Brothers of the Sea', kind: 'organization', spellings: ['Brothers of the Sea'], roles: [] },
      ],
      [org('Root'), org('Brothers of Sea')],
      'a',
    );
    expect(score).toMatchObject({ found: 1, missed: ['Brothers of the Sea'] });
  });

  it('compares roles with their leading article aside, and only a leading one', () => {
    const person = (roles: string[]): Entity => ({
      id: 'Ann Cole',
      name: 'Ann Cole',
      kind: 'person',
      aliases: [],
      mentions: [],
      roles: roles.map((text) => ({ text, passageId: 'p1' })),
      articles: ['a'],
    });
    const label = (roles: string[]) => [{ name: 'Ann Cole', kind: 'person' as const, spellings: ['Ann Cole'], roles }];
    expect(scoreWho(label(['a spokesman for the police', 'the mayor']), [person(['spokesman for the police', 'city mayor'])], 'a')).toMatchObject({
      roles: 2,
      rolesFound: 2,
    });
    expect(scoreWho(label(['spokesman for the police']), [person(['spokesman for police'])], 'a')).toMatchObject({ rolesFound: 0 });
    expect(scoreWho(label(['theatre critic']), [person(['atre critic'])], 'a')).toMatchObject({ rolesFound: 0 });
  });
});

describe('junk in the who listing', () => {
  const labels = [
    { name: 'The Root', kind: 'organization' as const, spellings: ['The Root'], roles: [] },
    { name: 'Janet Yellen', kind: 'person' as const, spellings: ['Janet Yellen', 'Yellen'], roles: ['Fed Chair'] },
  ];

  it('counts an entry whose name no label spells: a place, a glued title, a fragment; a surname or a leading The is no junk', () => {
    const score = scoreListing(
      ['Yellen', 'Root', 'Fed Chair Janet Yellen', 'Chelsea', 'I’m', 'Janet Yellen'].map((name) => ({ name, articles: 1 })),
      labels,
    );
    expect(score.listed).toBe(6);
    expect(score.junk).toEqual(['Fed Chair Janet Yellen', 'Chelsea', 'I’m']);
  });

  it('judges only the first 40 entries', () => {
    const entries = Array.from({ length: LISTING_TOP + 5 }, (_, i) => ({ name: i < LISTING_TOP ? 'Yellen' : `Junk ${i}`, articles: 1 }));
    expect(scoreListing(entries, labels)).toMatchObject({ listed: LISTING_TOP, junk: [] });
  });
});

describe('the splits', () => {
  const labels = (extra: object) => PageLabelsSchema.parse({ page: 'p', published: null, ...extra });

  it('keeps the first set in dev and holdout by its holdout flag, and a batch page only in its batch (and all)', () => {
    const dev = labels({ holdout: false });
    const held = labels({ holdout: true });
    const fresh = labels({ holdout: true, batch: 'fresh' });
    const fresh2 = labels({ holdout: true, batch: 'fresh2' });
    const fresh3 = labels({ holdout: true, batch: 'fresh3' });
    const fresh4 = labels({ holdout: true, batch: 'fresh4' });
    const fresh5 = labels({ holdout: true, batch: 'fresh5' });
    const fresh6 = labels({ holdout: true, batch: 'fresh6' });
    const fresh7 = labels({ holdout: true, batch: 'fresh7' });
    const fresh8 = labels({ holdout: true, batch: 'fresh8' });
    const fresh9 = labels({ holdout: true, batch: 'fresh9' });
    const fresh10 = labels({ holdout: true, batch: 'fresh10' });
    const fresh11 = labels({ holdout: true, batch: 'fresh11' });
    const fresh12 = labels({ holdout: true, batch: 'fresh12' });
    const splits = (l: ReturnType<typeof labels>) => EVAL_SPLITS.filter((s) => inSplit(l, s));
    expect(splits(dev)).toEqual(['all', 'dev']);
    expect(splits(held)).toEqual(['all', 'holdout']);
    expect(splits(fresh)).toEqual(['all', 'fresh']);
    expect(splits(fresh2)).toEqual(['all', 'fresh2']);
    expect(splits(fresh3)).toEqual(['all', 'fresh3']);
    expect(splits(fresh4)).toEqual(['all', 'fresh4']);
    expect(splits(fresh5)).toEqual(['all', 'fresh5']);
    expect(splits(fresh6)).toEqual(['all', 'fresh6']);
    expect(splits(fresh7)).toEqual(['all', 'fresh7']);
    expect(splits(fresh8)).toEqual(['all', 'fresh8']);
    expect(splits(fresh9)).toEqual(['all', 'fresh9']);
    expect(splits(fresh10)).toEqual(['all', 'fresh10']);
    expect(splits(fresh11)).toEqual(['all', 'fresh11']);
    expect(splits(fresh12)).toEqual(['all', 'fresh12']);
  });

  it('offers every batch as a split of npm run eval', () => {
    expect(EVAL_SPLITS).toEqual([
      'all',
      'dev',
      'holdout',
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
  });

  it('refuses a batch page not marked held out (fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11 and fresh12), and an unknown batch', () => {
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh2' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh2' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh3' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh3' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh4' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh4' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh5' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh5' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh6' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh6' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh7' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh7' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh8' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh8' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh9' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh9' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh10' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh10' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh11' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh11' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, batch: 'fresh12' }).success).toBe(false);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'fresh12' }).success).toBe(true);
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: true, batch: 'stale' }).success).toBe(false);
  });

  it('refuses a stray key, as an unquoted comma in a YAML flow map makes one', () => {
    const text = 'page: p\nholdout: false\npublished: null\ncrowd:\n  - { figure: over 250, 000, low: 250000, high: null, claimant: null, gathering: g }\n';
    const parsed = PageLabelsSchema.safeParse(YAML.parse(text));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.code).toBe('unrecognized_keys');
    const quoted = text.replace('over 250, 000', "'over 250,000'");
    expect(PageLabelsSchema.parse(YAML.parse(quoted)).crowd?.[0]?.figure).toBe('over 250,000');
    expect(PageLabelsSchema.safeParse({ page: 'p', published: null, holdout: false, note: 'x' }).success).toBe(false);
  });

  it('puts every page of the set in exactly one of dev, holdout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11 and fresh12', async () => {
    const set = await readEvalSet(path.join(PROJECT_ROOT, 'tests', 'eval'));
    const outside = set.filter(
      (p) =>
        (
          ['dev', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12'] as const
        ).filter((s) => inSplit(p.labels, s)).length !== 1,
    );
    expect(outside.map((p) => p.id)).toEqual([]);
  });
});

describe('npm run eval on a small subset', () => {
  it('ingests real saved pages by the real path and reports every extractor', { timeout: 120_000 }, async () => {
    const set = await readEvalSet(path.join(PROJECT_ROOT, 'tests', 'eval'));
    const pages = set.filter((p) => ['postlight-money.cnn.com', 'readability-telegraph'].includes(p.id));
    expect(pages).toHaveLength(2);
    const report = await runEval(pages);
    expect(report.refused).toBe(0);
    expect(report.perPage.map((p) => p.passages).every((n) => n > 5)).toBe(true);
    expect(report.chrome.lines).toBe(pages.reduce((n, p) => n + (p.labels.chrome?.length ?? 0), 0));
    expect(report.chrome.dropped).toBe(report.perPage.reduce((n, p) => n + (p.chrome?.dropped?.length ?? 0), 0));
    const { tp, fn } = report.dates.counts;
    expect(tp + fn).toBe(pages.reduce((n, p) => n + (p.labels.dates?.length ?? 0), 0));
    expect(report.who.entities).toBe(pages.reduce((n, p) => n + (p.labels.entities?.length ?? 0), 0));
    const listing = report.who.listing.entries;
    expect(listing.length).toBeGreaterThan(5);
    expect(listing.slice(1).every((e, i) => e.articles <= listing[i]!.articles)).toBe(true);
    expect(report.who.listing.junk).toEqual(listing.filter((e) => e.junk).map((e) => e.name));
    expect(report.published).toEqual({ labelled: 2, right: 2, wrong: 0 });
  });

  it('counts a publication day the ingest read against the labelled one, and names the page that differs', { timeout: 120_000 }, async () => {
    const set = await readEvalSet(path.join(PROJECT_ROOT, 'tests', 'eval'));
    const page = set.find((p) => p.id === 'postlight-money.cnn.com')!;
    const report = await runEval([{ ...page, labels: { ...page.labels, published: '1999-01-01' } }]);
    expect(report.published).toEqual({ labelled: 1, right: 0, wrong: 1 });
    expect(renderEvalReport(report)).toContain(`publication day: 1999-01-01 (got ${page.labels.published})`);
  });

  it('judges the timeline on the pages with date labels only: another page adds no day to it', { timeout: 180_000 }, async () => {
    const set = await readEvalSet(path.join(PROJECT_ROOT, 'tests', 'eval'));
    const dated = set.find((p) => p.id === 'postlight-money.cnn.com')!;
    const other = set.find((p) => p.id === 'readability-telegraph')!;
    const { dates, ...undated } = other.labels;
    expect(dates?.length).toBeGreaterThan(0);
    const alone = await runEval([dated]);
    const beside = await runEval([dated, { ...other, labels: undated }]);
    expect(alone.timelineDays.listed).toBeGreaterThan(0);
    expect(beside.timelineDays).toEqual(alone.timelineDays);
    // The other page does give days when it is labelled: the line is not empty by accident.
    const both = await runEval([dated, other]);
    expect(both.timelineDays.listed).toBeGreaterThan(alone.timelineDays.listed);
  });
});
