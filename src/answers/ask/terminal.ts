import { renderCrowdSize } from '../crowdSize/terminal.js';
import { wrap, type TerminalContext } from '../../render/terminal/common.js';
import { renderSearch } from '../search/terminal.js';
import { renderTimeline } from '../timeline/terminal.js';
import { renderWho } from '../who/terminal.js';
import type { AskAnswer } from './answer.js';

/** The answer line, how the question was read, then the routed answer as its own command shows it. */
export function renderAsk(a: AskAnswer, ctx: TerminalContext = {}): string {
  const inner = a.answer;
  const body =
    inner.command === 'crowd-size'
      ? renderCrowdSize(inner, ctx)
      : inner.command === 'timeline'
        ? renderTimeline(inner, ctx)
        : inner.command === 'who'
          ? renderWho(inner, ctx)
          : renderSearch(inner, ctx);
  return [...(a.answerLine ? [wrap(a.answerLine, '')] : []), wrap(`Read as: ${a.reading.readAs} (answered by ${a.routedTo}).`, ''), '', body].join('\n');
}
