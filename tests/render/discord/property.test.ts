import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import { ANSWERS } from '../../../src/answers/registry.js';
import { answerReply } from '../../../src/bot/answerReply.js';
import { UserError } from '../../../src/bot/errors.js';
import { toChoices } from '../../../src/bot/router.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { SEED_DIR } from '../../support/corpus.js';
import { notice } from '../../../src/render/discord/pages.js';
import { optionsOf, type CommandDef } from '../../e2e/commandOptions.js';
import { choiceProblems, messageLimitProblems } from '../../e2e/fakeDiscord/limits.js';
import { hostileOptions, hostileText } from '../../e2e/hostile.js';
import { writeCorpus } from '../../e2e/harness.js';

// The pure render path: the same functions the bot runs for every answer command (validate the
// options, answer, render Discord pages), without the network, so thousands of runs stay fast.
// tests/e2e/property.test.ts drives the same inputs through the real discord.js client.
const RUNS = Number(process.env.EVENTDESK_PROPERTY_RUNS ?? 2000);

const answerCommands = COMMANDS.filter((c) => ANSWERS.some((a) => a.name === c.data.name));

function pagesProblems(pages: { embeds: unknown[] }[]): string[] {
  if (!pages.length) return ['no pages'];
  return pages.flatMap((p, i) => messageLimitProblems({ embeds: p.embeds }).map((m) => `page ${i + 1}: ${m}`));
}

/** Runs the answer as the bot does; a UserError is a fine outcome if its message fits a notice. */
function replyProblems(corpus: Corpus, name: string, options: Record<string, unknown>): string[] {
  try {
    return pagesProblems(answerReply({ corpus, options }, name).pages);
  } catch (err) {
    if (!(err instanceof UserError)) return [`${name} threw ${String(err)}`];
    if (!err.message.trim()) return ['empty error message'];
    return pagesProblems([notice('Could not answer that', err.message)]);
  }
}

describe.each([
  ['the seed corpus', async () => (await loadCorpus(SEED_DIR, { snapshot: false })).corpus],
  [
    'a small corpus of another story',
    async () => {
      const dir = await writeCorpus({
        'a.md':
          '---\ntitle: "Flood waters rise in **Riverton**; @everyone told to leave"\npublisher: Valley Post\npublished: 2023-04-02\n---\nFlood waters rose on Sunday in Riverton, where about 3,000 residents left their homes. Mayor Ada Quint said the levee held.\n\nVolunteers from the Red Cross set up shelters at the school.\n',
        'b.txt': 'Apr 03, 2023 -- Riverton residents returned on Monday as the water fell. Some 500 people gathered at the town hall, <@123> wrote.\n',
      });
      return (await loadCorpus(dir, { snapshot: false })).corpus;
    },
  ],
])('hostile options on the pure render path, %s', (_label, load) => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await load();
    expect(corpus.articles.length).toBeGreaterThan(0);
  });

  it('covers every answer command the bot has', () => {
    expect(answerCommands.length).toBeGreaterThan(1);
  });

  it(`every answer command, ${RUNS} runs: no exception, every page within Discord's limits`, () => {
    const arb = fc.oneof(...answerCommands.map((c) => hostileOptions(c.data as unknown as CommandDef).map((options) => ({ name: c.data.name, options }))));
    fc.assert(
      fc.property(arb, ({ name, options }) => {
        expect(replyProblems(corpus, name, options)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`autocomplete, ${RUNS} runs: at most 25 choices within limits`, async () => {
    const targets = COMMANDS.flatMap((c) =>
      c.autocomplete
        ? optionsOf(c.data as unknown as CommandDef)
            .filter((o) => o.autocomplete)
            .map((o) => ({ c, option: o.name }))
        : [],
    );
    await fc.assert(
      fc.asyncProperty(hostileText, fc.nat(), async (typed, pick) => {
        for (const { c, option } of targets.length ? [targets[pick % targets.length]!] : []) {
          expect(choiceProblems(toChoices(await c.autocomplete!(corpus, { name: option, value: typed })))).toEqual([]);
        }
        // The router's trimming alone holds for any list of names.
        expect(choiceProblems(toChoices([typed, typed.repeat(3), ...Array.from({ length: 30 }, (_, i) => `${typed}${i}`)]))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
