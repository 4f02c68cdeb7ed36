import { findAnswer, prepareAnswer, runAnswer, type Answer, type AnswerSpec, type Suggest } from '../answers/registry.js';
import { slicedPause } from '../pipeline/steps.js';
import { renderDiscord } from '../render/discord/index.js';
import { shapeOf } from '../answers/shape.js';
import { escapeText } from '../render/discord/markdown.js';
import { hasWhyItems, isExplainable, renderWhy } from '../render/discord/why.js';
import type { DiscordPage } from '../render/discord/pages.js';
import type { Corpus } from '../pipeline/corpus.js';
import {
  ApplicationCommandOptionType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandOptionsOnlyBuilder,
} from 'discord.js';
import { declaredOptions, describeOption, parseOptions } from '../answers/options.js';
import type { CommandContext, CommandModule, CommandReply } from './command.js';
import { ANYWHERE } from './contexts.js';
import { UserError } from './errors.js';

/** What an answer command reads: the corpus asked of, the options, and the story's store, whose corpus a "Why?" pressed later is made from. */
type AnswerContext = Pick<CommandContext, 'corpus' | 'options'> & { store?: Pick<CommandContext['store'], 'current'> };

/**
 * Runs an answer from the registry with the interaction's options, validated
 * by the same schema the CLI uses, and renders it as Discord pages.
 */
export function answerReply(ctx: AnswerContext, name: string): CommandReply {
  return answerWithReply(ctx, name).reply;
}

/** The answer, and the reply made of it: for a command that adds to the reply what the answer says (/ask's buttons). */
export function answerWithReply(ctx: AnswerContext, name: string): { answer: Answer; reply: CommandReply } {
  const spec = answerSpec(name);
  const result = runAnswer(spec, ctx.corpus, ctx.options);
  if (!result.ok) throw new UserError(escapeText(result.message));
  const answer = result.value;
  // Discord has no --explain: an answer that explains has a "Why?" button, whose explanations are made when it is pressed.
  const explains = isExplainable(name) && declaredOptions(spec.options).some((o) => o.name === 'explain' && o.type === 'switch');
  const store = ctx.store;
  const corpusNow = store ? () => store.current() : constant(ctx.corpus);
  return {
    answer,
    reply: {
      pages: renderDiscord(answer),
      feedback: { question: answer.command === 'ask' ? answer.question : null, options: ctx.options, shape: shapeOf(answer) },
      ...(explains && hasWhyItems(answer, 0) ? { why: explainOnPress(spec, ctx.options, { hash: ctx.corpus.hash, answer }, corpusNow) } : {}),
    },
  };
}

const constant =
  <T>(value: T) =>
  () =>
    value;

/** An answer's JSON without its explanations, to tell whether two runs answer the same. */
const withoutExplain = (answer: Answer) => JSON.stringify(answer, (key, value: unknown) => (key === 'explain' ? undefined : value));

/**
 * The "Why?" of an answer, made when the button is first pressed rather than with the answer (most answers
 * are never asked why): the answer run again with `explain`, on the story's corpus then. That is the
 * corpus it was asked of, unless a reload has swapped in another; then, when the articles have changed
 * the answer, the explanations say that they are of the answer as it is now. The closure keeps the
 * answer and the corpus's hash, not the corpus.
 */
export function explainOnPress(
  spec: AnswerSpec,
  options: Record<string, unknown>,
  asked: { hash: string; answer: Answer },
  corpusNow: () => Corpus,
): (index: number) => DiscordPage | null {
  let explained: { answer: Answer; note?: string } | undefined;
  const explain = () => {
    const corpus = corpusNow();
    const result = runAnswer(spec, corpus, { ...options, explain: true });
    if (!result.ok) return { answer: asked.answer };
    const changed = corpus.hash !== asked.hash && withoutExplain(result.value) !== withoutExplain(asked.answer);
    return { answer: result.value, ...(changed ? { note: ANSWER_CHANGED } : {}) };
  };
  return (index) => {
    explained ??= explain();
    return renderWhy(explained.answer, index, explained.note);
  };
}

const ANSWER_CHANGED = '*The articles have changed since this answer: these are the rules behind the same page of the answer as it is now.*';

function answerSpec(name: string) {
  const spec = findAnswer(name);
  if (!spec) throw new UserError(`/${name} is not available in this version of the bot yet.`, 'unavailable');
  return spec;
}

/** The options of an answer command, checked by its schema (as the CLI checks them), before the router acknowledges. */
export function validateAnswerOptions(name: string, options: Record<string, unknown>): void {
  const parsed = parseOptions(answerSpec(name).options, options);
  if (!parsed.ok) throw new UserError(escapeText(parsed.message));
}

/** The `story` option every command that answers from a story takes, last (it is optional). */
export const STORY_OPTION = {
  type: ApplicationCommandOptionType.String,
  name: 'story',
  description: "Which story to answer from (default: this channel's, or the server's)",
  max_length: 32,
  autocomplete: true,
} as const;

/** A command's definition with the `story` option added. */
export function withStoryOption(data: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return { ...data, options: [...(data.options ?? []), STORY_OPTION] };
}

/**
 * The answer's declared options added to a slash command, in declaration
 * order, each with the limits its schema enforces (range, length), its
 * description (with the range and default, or the date format), and
 * autocomplete where the answer suggests values for it.
 */
export function addAnswerOptions(builder: SlashCommandOptionsOnlyBuilder, spec: AnswerSpec): SlashCommandOptionsOnlyBuilder {
  const suggests: Record<string, Suggest | undefined> = spec.discord.autocomplete ?? {};
  const declared = declaredOptions(spec.options);
  for (const name of Object.keys(suggests)) {
    const option = declared.find((o) => o.name === name);
    if (option?.type !== 'string') throw new Error(`/${spec.name} suggests values for ${name}, which is not one of its text options`);
  }
  // A switch is no slash-command option: Discord offers it as a button under the answer (see answerButtons).
  for (const o of declared.filter((d) => d.type !== 'switch')) {
    const description = describeOption(o);
    if (o.type === 'integer') {
      builder.addIntegerOption((b) => {
        b.setName(o.name).setDescription(description).setRequired(o.required);
        if (o.min !== undefined) b.setMinValue(o.min);
        if (o.max !== undefined) b.setMaxValue(o.max);
        return b;
      });
    } else {
      builder.addStringOption((b) => {
        b.setName(o.name).setDescription(description).setRequired(o.required);
        if (o.minLength !== undefined) b.setMinLength(o.minLength);
        if (o.maxLength !== undefined) b.setMaxLength(o.maxLength);
        if (suggests[o.name]) b.setAutocomplete(true);
        return b;
      });
    }
  }
  return builder;
}

/** The slash command of an answer: its name and Discord description, its declared options, usable anywhere; `story` is added last. */
export function answerCommandData(spec: AnswerSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder().setName(spec.name).setDescription(spec.discord.description);
  return withStoryOption(
    addAnswerOptions(builder, spec)
      .setContexts(...ANYWHERE.contexts)
      .setIntegrationTypes(...ANYWHERE.integrationTypes)
      .toJSON(),
  );
}

/** The suggestions an answer declares, as a command's autocomplete (`story` is the router's). */
export function answerAutocomplete(spec: AnswerSpec): CommandModule['autocomplete'] {
  const suggests: Record<string, Suggest | undefined> = spec.discord.autocomplete ?? {};
  if (!Object.keys(suggests).length) return undefined;
  return (corpus, focused) => (Object.hasOwn(suggests, focused.name) ? (suggests[focused.name]?.(corpus, focused.value) ?? []) : []);
}

/**
 * The slash command that runs an answer from the registry, all of it
 * derived from the answer's declaration: its definition, its options checked
 * before deferring, its reply the rendered answer, deferred when the answer
 * says it can be slow, suggestions where it declares them.
 */
export function answerCommand(name: string): CommandModule {
  const spec = findAnswer(name);
  if (!spec) throw new Error(`no answer named ${name} in src/answers/registry.ts`);
  const autocomplete = answerAutocomplete(spec);
  return {
    data: answerCommandData(spec),
    validate: (ctx) => validateAnswerOptions(name, ctx.options),
    // A story's answers are not warmed when it is loaded (StoryLibrary): what this one needs is built first, in slices.
    execute: async (ctx) => {
      await prepareAnswer(spec, ctx.corpus, slicedPause()).catch(() => undefined);
      return answerReply(ctx, name);
    },
    ...(spec.discord.defer ? { defer: true } : {}),
    ...(autocomplete ? { autocomplete } : {}),
  };
}
