import type { Answer, PerAnswer } from './registry.js';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

// What each answer held, in a few words: stored with the 👍/👎 on it, so a poor rating can be read against what was shown.
const SHAPES = {
  ask: (a) => `ask→${a.routedTo}${a.answerLine ? ', answer line' : ''}, ${shapeOf(a.answer)}`,
  'crowd-size': (a) => count(a.events.length, 'gathering'),
  timeline: (a) => count(a.entries.length, 'happening'),
  who: (a) => ('match' in a ? `name ${a.match}` : count(a.entities.length, 'name')),
  search: (a) => count(a.results.length, 'passage'),
  sources: (a) => count(a.articles.length, 'article'),
  summary: () => 'digest',
  'no-articles': () => 'no articles',
} satisfies PerAnswer<[], string>;

/** An answer's shape: "ask→crowd-size, answer line, 1 gathering", "5 passages", "name found". */
export function shapeOf(answer: Answer): string {
  return (SHAPES as Record<string, (a: never) => string>)[answer.command]!(answer as never);
}
