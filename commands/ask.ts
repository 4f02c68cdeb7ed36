import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { findAnswer, runAnswer } from '../src/answers/registry.js';
import { answerCommand, answerWithReply } from '../src/bot/answerReply.js';
import { commandButtonId, type CommandModule } from '../src/bot/command.js';
import { UserError } from '../src/bot/errors.js';
import { renderDiscord } from '../src/render/discord/index.js';
import { escapeText } from '../src/render/discord/markdown.js';
import { parseStoryKey } from '../src/stories/names.js';

const derived = answerCommand('ask');

/** Under an answer /ask routed: open the routed command's whole answer, or plain search results instead. */
function askButtons(routedTo: string): APIActionRowComponent<APIButtonComponent>[] {
  if (routedTo === 'search') return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: commandButtonId('ask', 'full'), label: `Full /${routedTo} answer` },
        { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: commandButtonId('ask', 'search'), label: 'Search results instead' },
      ],
    },
  ];
}

/**
 * /ask: the answer derived from its declaration (src/answers/ask/), with two
 * buttons of its own. Their clicks answer privately, from the question and the
 * story recorded with the message (the feedback store): the routed command's
 * answer in full, or a search for the question.
 */
export const ask: CommandModule = {
  ...derived,
  execute(ctx) {
    const { answer, reply } = answerWithReply(ctx, 'ask');
    return answer.command === 'ask' ? { ...reply, components: askButtons(answer.routedTo) } : reply;
  },
  async button(ctx) {
    const [action] = ctx.args;
    const record = ctx.feedback?.answer(ctx.interaction.message.id);
    if (!record?.question || record.command !== 'ask') throw new UserError('This answer is no longer on record: ask again.', 'unavailable');
    // The story recorded is the asking server's own (or the sample): a click elsewhere cannot reach it.
    if (record.guildId !== ctx.interaction.guildId) throw new UserError('This answer belongs to another server.', 'refused');
    const ref = parseStoryKey(record.story);
    if (!ref) throw new UserError('The story of this answer no longer exists: ask again.', 'unavailable');
    let corpus;
    try {
      corpus = (await ctx.stories.library.open(ref)).current();
    } catch {
      throw new UserError('The articles of this story could not be loaded just now. Try again in a few seconds.', 'unavailable');
    }
    const question = record.question;
    const spec = findAnswer(action === 'search' ? 'search' : 'ask')!;
    const result = runAnswer(spec, corpus, action === 'search' ? { query: question.slice(0, 300) } : { question });
    if (!result.ok) throw new UserError(escapeText(result.message));
    const answer = result.value.command === 'ask' ? result.value.answer : result.value;
    return { pages: renderDiscord(answer), ephemeral: true };
  },
};
