import { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';

/**
 * What every answer command gives when the corpus has no article to answer
 * from: a folder with none yet (a fresh install), or one whose every file
 * was refused. The answer says so as data; each renderer words how to add
 * articles its own way (the terminal names `npm run ingest`, Discord `/ingest`).
 */
export const NoArticlesAnswerSchema = z.object({
  command: z.literal('no-articles'),
  /** The command that was asked (search, sources, …). */
  asked: z.string(),
  /** Files in the folder that could not be loaded: when there are some, they are why there is no article. */
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
  /** Set when the folder itself could not be read (it does not exist, it is a file): what is wrong, without its path. */
  folderProblem: z.string().nullable(),
});
export type NoArticlesAnswer = z.infer<typeof NoArticlesAnswerSchema>;

export function noArticlesAnswer(corpus: Pick<Corpus, 'problems'>, asked: string): NoArticlesAnswer {
  const folder = corpus.problems.find((p) => p.scope === 'folder');
  return {
    command: 'no-articles',
    asked,
    problems: corpus.problems.filter((p) => p !== folder).map(({ file, message }) => ({ file, message })),
    folderProblem: folder?.message ?? null,
  };
}

export function isNoArticlesAnswer(answer: { command: string }): answer is NoArticlesAnswer {
  return answer.command === 'no-articles';
}
