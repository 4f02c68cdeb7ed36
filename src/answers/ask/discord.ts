import { renderCrowdSize } from '../crowdSize/discord.js';
import { clip, fitMessage } from '../../render/discord/limits.js';
import { escapeText } from '../../render/discord/markdown.js';
import { COLOR, type DiscordPage } from '../../render/discord/pages.js';
import { renderSearch } from '../search/discord.js';
import { renderTimeline } from '../timeline/discord.js';
import { renderWho } from '../who/discord.js';
import type { AskAnswer } from './answer.js';

/** The routed answer's pages, each led by the answer line and how the question was read. */
export function renderAsk(a: AskAnswer): DiscordPage[] {
  const inner = a.answer;
  const pages =
    inner.command === 'crowd-size'
      ? renderCrowdSize(inner)
      : inner.command === 'timeline'
        ? renderTimeline(inner)
        : inner.command === 'who'
          ? renderWho(inner)
          : renderSearch(inner);
  const lines = [
    ...(a.answerLine ? [`**${escapeText(clip(a.answerLine, 600))}**`] : []),
    `Read as: ${escapeText(clip(a.reading.readAs, 400))} · /${a.routedTo}`,
  ];
  const head = { title: clip(escapeText(a.question.replace(/\s+/g, ' ')), 250), description: lines.join('\n'), color: COLOR };
  return pages.map((p) => ({ embeds: fitMessage([head, ...p.embeds]) }));
}
