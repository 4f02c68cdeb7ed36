import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crowdSizeAnswer } from '../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../src/answers/crowdSize/options.js';
import { timelineAnswer } from '../../src/answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../../src/answers/timeline/options.js';
import { whoAnswer } from '../../src/answers/who/answer.js';
import { WhoOptionsSchema } from '../../src/answers/who/options.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { FIXTURES_DIR } from '../support/fixtures.js';
import { seedCorpus, writeCorpus } from '../support/corpus.js';
import { CHILE_PAGE, FARM_PROTEST, KENYA_REPEAT_VOTE, PARADE_DAY, PARADE_DOUBTS } from '../support/stories.js';

/**
 * What the extractors find, and what the answers built on them say, pinned to JSON committed under
 * tests/fixtures/answers/: a refactor of src/annotate must leave every byte of it as it was. After a
 * change meant to alter what is found, rewrite the files with
 *   EVENTDESK_UPDATE_ANSWER_FIXTURES=1 npx vitest run tests/annotate/regression.test.ts
 * and review the diff.
 */

const ANSWERS_DIR = path.join(FIXTURES_DIR, 'answers');
const UPDATE = Boolean(process.env.EVENTDESK_UPDATE_ANSWER_FIXTURES);

/**
 * What an annotation is, without the names of the rules that made it (what --explain reads; pinned by
 * tests/explain/answers.test.ts), so that a change of which rule fired is not a change of what is found.
 */
function withoutTrail(item: object): object {
  const { rules: _rules, spellings: _spellings, ...rest } = item as { rules?: unknown; spellings?: unknown; roles?: unknown };
  if (Array.isArray(rest.roles)) rest.roles = rest.roles.map(({ rule: _rule, ...role }: { rule?: string }) => role);
  return rest;
}

/** Annotations, one item a line, and the answers: the corpus hash (which follows the code) left out. */
function pinned(corpus: Corpus): unknown {
  const { dates, crowd, entities } = corpus.annotations;
  return {
    annotations: { dates: dates.map(withoutTrail), crowd: crowd.map(withoutTrail), entities: entities.map(withoutTrail) },
    timeline: timelineAnswer(corpus, TimelineOptionsSchema.parse({ limit: 100 })),
    crowdSize: crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({})),
    crowdSizeByEvent: [...new Set(crowd.map((c) => c.event.label))].map((event) => crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({ event }))),
    who: whoAnswer(corpus, WhoOptionsSchema.parse({ limit: 100 })),
    whoByName: entities.slice(0, 8).map((e) => whoAnswer(corpus, WhoOptionsSchema.parse({ name: e.name }))),
  };
}

function expectPinned(name: string, actual: unknown): void {
  const file = path.join(ANSWERS_DIR, `${name}.json`);
  const json = JSON.parse(JSON.stringify(actual)) as unknown;
  if (UPDATE || !existsSync(file)) {
    mkdirSync(ANSWERS_DIR, { recursive: true });
    writeFileSync(file, `${JSON.stringify(json, null, 1)}\n`);
  }
  expect(json, `${path.relative(process.cwd(), file)} (see the comment in tests/annotate/regression.test.ts)`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

const STORIES: Record<string, string> = {
  'farm-protest': FARM_PROTEST,
  'chile-page': CHILE_PAGE,
  'kenya-repeat-vote': KENYA_REPEAT_VOTE,
  'parade-day': PARADE_DAY,
  'parade-doubts': PARADE_DOUBTS,
};

describe('annotations and answers stay as pinned', () => {
  it('on the seed articles', async () => {
    expectPinned('seeds', pinned(await seedCorpus()));
  });

  it.each(Object.keys(STORIES))('on the story %s', async (name) => {
    const file = name === 'chile-page' ? 'page.txt' : 'a.md';
    const { corpus } = await loadCorpus(writeCorpus({ [file]: STORIES[name]! }), { snapshot: false });
    expectPinned(`story-${name}`, pinned(corpus));
  });

  it('on the stories together (claims and names meet across articles)', async () => {
    const files = Object.fromEntries(Object.entries(STORIES).map(([name, text]) => [name === 'chile-page' ? `${name}.txt` : `${name}.md`, text]));
    const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
    expectPinned('stories-together', pinned(corpus));
  });
});
