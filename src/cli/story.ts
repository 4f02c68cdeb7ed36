import { fromEnvironment, loadSettings, type Settings } from '../config/settings.js';
import { listArticleFiles } from '../corpus/readArticles.js';
import { runMain } from '../process/runMain.js';
import { StateDatabase } from '../state/database.js';
import { listStoryArticles, removeArticle, restoreArticle, StoryError, TRASH_DAYS } from '../stories/articles.js';
import { SqliteStoryCatalog, type StoryCatalog } from '../stories/catalog.js';
import { storyDir } from '../stories/folders.js';
import { HOST, storyKey, type StoryRef } from '../stories/names.js';
import { createStory, deleteStory, describeUsage } from '../stories/manage.js';
import { storyFromTerminal } from '../stories/resolve.js';
import { commandLine, HELP } from './commandLine.js';

const USAGE = [
  'usage: npm run story -- <action> [--server ID] [--json]',
  '',
  "  list                         the stories (the host's, or a server's with --server ID)",
  "  create NAME [--from STORY]   a new, empty story (or a copy of STORY's articles, e.g. --from sample)",
  '  delete NAME [--force]        delete a story and its articles (--force when channels or pinned summaries use it)',
  '  articles NAME                its articles, and what is in its trash',
  '  remove NAME ARTICLE_ID       move an article to the trash (kept 30 days); it leaves every answer',
  '  restore NAME ARTICLE_ID      bring an article back from the trash',
  '',
  'NAME is a story of the host, SERVER_ID/NAME a server\'s (or NAME with --server ID); "sample" is the',
  'default story (EVENTDESK_CORPUS_DIR). Ask and add articles with --story NAME on npm run ask and npm run ingest.',
].join('\n');

class UsageProblem extends Error {}

function refOf(word: string | undefined, server: string | undefined): StoryRef {
  if (!word) throw new UsageProblem('name the story');
  const ref = storyFromTerminal(word, server);
  if (typeof ref === 'string') throw new StoryError(ref);
  return ref;
}

async function run(action: string, words: string[], flags: { server?: string; from?: string; force?: boolean }, settings: Settings, catalog: StoryCatalog) {
  const owner = flags.server ?? HOST;
  const existing = async (ref: StoryRef) => {
    if (!(await catalog.exists(ref))) throw new StoryError(`there is no story ${storyKey(ref)}`);
    return ref;
  };
  switch (action) {
    case 'list': {
      const stories = await catalog.list(owner);
      const rows = await Promise.all(
        stories.map(async (s) => ({
          story: storyKey(s),
          name: s.name,
          createdAt: s.createdAt,
          articles: (await listArticleFiles(storyDir(settings, s)).catch(() => [])).length,
        })),
      );
      return {
        value: { owner, stories: rows },
        text: rows.length
          ? rows.map((r) => `${r.name}  (${r.articles} article${r.articles === 1 ? '' : 's'}, created ${r.createdAt.slice(0, 10)})`).join('\n')
          : `no stories yet for ${owner}: npm run story -- create NAME`,
      };
    }
    case 'create': {
      const ref = refOf(words[0], flags.server);
      const from = flags.from ? await existing(refOf(flags.from, flags.server)) : undefined;
      const dir = storyDir(settings, ref);
      const copied = await createStory({ folders: settings, catalog, ref, by: 'terminal', from });
      return {
        value: { story: storyKey(ref), folder: dir, copied },
        text: `created ${storyKey(ref)} in ${dir}${from ? ` with ${copied} article(s) from ${storyKey(from)}` : ''}; add articles with npm run ingest -- FILE --story ${words[0]}${flags.server ? ` --server ${flags.server}` : ''}`,
      };
    }
    case 'delete': {
      const ref = await existing(refOf(words[0], flags.server));
      const used = describeUsage(await catalog.usage(ref));
      if (used.length && !flags.force) throw new StoryError(`${storyKey(ref)} is in use (${used.join('; ')}); add --force to delete it anyway`);
      const usage = await deleteStory({ folders: settings, catalog, ref });
      return { value: { story: storyKey(ref), deleted: true, wasUsedBy: usage }, text: `deleted ${storyKey(ref)} and its articles` };
    }
    case 'articles': {
      const ref = await existing(refOf(words[0], flags.server));
      const articles = await listStoryArticles(settings, ref);
      const trash = await catalog.trash(ref);
      const lines = articles.map((a) => `${a.article}  ${a.published ?? 'undated'}  ${a.publisher ?? 'unknown publisher'}  "${a.title}"`);
      if (trash.length)
        lines.push('', `in the trash (kept ${TRASH_DAYS} days):`, ...trash.map((t) => `${t.article}  removed ${t.removedAt.slice(0, 10)}  "${t.title}"`));
      return { value: { story: storyKey(ref), articles, trash }, text: lines.join('\n') || `${storyKey(ref)} has no articles yet` };
    }
    case 'remove':
    case 'restore': {
      const ref = await existing(refOf(words[0], flags.server));
      const article = words[1];
      if (!article) throw new UsageProblem(`name the article to ${action} (its id, from npm run story -- articles ${words[0]})`);
      const input = { folders: settings, catalog, ref, article };
      const row = action === 'remove' ? await removeArticle({ ...input, by: 'terminal' }) : await restoreArticle(input);
      return {
        value: { story: storyKey(ref), action, ...row },
        text:
          action === 'remove'
            ? `moved ${article} ("${row.title}") to the trash; npm run story -- restore ${words[0]} ${article} brings it back`
            : `restored ${article} ("${row.title}")`,
      };
    }
    default:
      throw new UsageProblem(`unknown action "${action}"`);
  }
}

const OPTIONS = { server: { type: 'string' }, from: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' }, ...HELP } as const;

async function main(argv: string[]): Promise<number> {
  const parsed = commandLine(argv, OPTIONS, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [action, ...words] = positionals;
  if (!action) {
    process.stdout.write(`${USAGE}\n`);
    return 2;
  }
  if (values.server !== undefined && !/^\d{15,21}$/.test(values.server)) {
    process.stderr.write('error: --server takes a server id (15 to 21 digits)\n');
    return 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  const state = StateDatabase.open(settings.stateDir);
  try {
    const done = await run(action, words, values, settings, new SqliteStoryCatalog(state));
    process.stdout.write(values.json ? `${JSON.stringify({ command: `story ${action}`, ...done.value }, null, 2)}\n` : `${done.text}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageProblem) {
      process.stderr.write(`error: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof StoryError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    state.close();
  }
}

runMain(() => main(process.argv.slice(2)));
