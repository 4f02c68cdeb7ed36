import type { NoArticlesAnswer } from '../../answers/noArticles.js';
import { escapeText } from './markdown.js';
import { pagesOf, WARNING_COLOR, type DiscordPage } from './pages.js';

/** Files listed when none could be loaded; the rest are counted. */
const FILES_SHOWN = 10;

/** A corpus with no article: say so, and how a moderator adds one from Discord. */
export function renderNoArticles(a: NoArticlesAnswer): DiscordPage[] {
  const add = 'A moderator can add one with `/ingest` (a link to an article, or a .txt, .md or .html file), then ask again.';
  if (a.folderProblem) {
    // The folder's path is the server's business; the operator sees it in the bot's log.
    return pagesOf({
      title: 'No articles',
      blocks: [
        `The articles folder the bot was given cannot be read, so there is nothing to answer \`/${a.asked}\` from. ` +
          "The bot's operator needs to point EVENTDESK_CORPUS_DIR at the folder that holds the articles.",
      ],
      color: WARNING_COLOR,
    });
  }
  if (!a.problems.length) {
    return pagesOf({ title: 'No articles yet', blocks: [`There are no articles to answer \`/${a.asked}\` from yet. ${add}`] });
  }
  const lead =
    a.problems.length === 1
      ? 'The one file in the articles folder could not be loaded'
      : `None of the ${a.problems.length} files in the articles folder could be loaded`;
  const list = a.problems.slice(0, FILES_SHOWN).map((p) => `• \`${p.file.replace(/`/g, "'")}\`: ${escapeText(p.message)}`);
  if (a.problems.length > FILES_SHOWN) list.push(`… and ${a.problems.length - FILES_SHOWN} more`);
  return pagesOf({
    title: 'No articles could be loaded',
    blocks: [
      `${lead}, so there is nothing to answer \`/${a.asked}\` from.\n${list.join('\n')}\n\nThe bot's operator can fix ${a.problems.length === 1 ? 'it' : 'them'}; or ${add.charAt(0).toLowerCase()}${add.slice(1)}`,
    ],
    color: WARNING_COLOR,
  });
}
