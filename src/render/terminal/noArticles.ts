import type { NoArticlesAnswer } from '../../answers/noArticles.js';
import { checkCorpusCommand, ingestCommand, type TerminalContext } from './common.js';

/** A corpus with no article: say so, and how to add one from this terminal. */
export function renderNoArticles(a: NoArticlesAnswer, ctx: TerminalContext = {}): string {
  const where = ctx.folder ? ` in ${ctx.folder}` : '';
  if (a.folderProblem) return `No articles: ${ctx.folder ? `${ctx.folder}: ` : ''}${a.folderProblem}.`;
  const add = [`  ${ingestCommand(ctx)}`, '(a .txt, .md or .html file, a folder of them, or an http(s) link to an article), then ask again.'];
  if (!a.problems.length) {
    return [`There are no articles${where} yet, so there is nothing to answer from. Add some with`, ...add].join('\n');
  }
  const files = `${a.problems.length} file${a.problems.length === 1 ? '' : 's'}`;
  return [
    `No article could be loaded${where}: ${files} could not be read as articles.`,
    ...a.problems.map((p) => `  ${p.file}: ${p.message}`),
    `Fix ${a.problems.length === 1 ? 'it' : 'them'} (${checkCorpusCommand(ctx)} checks again), or add articles with`,
    ...add,
  ].join('\n');
}
