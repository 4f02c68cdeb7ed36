import type { Settings } from '../config/settings.js';
import { StateDatabase } from '../state/database.js';
import { SqliteStoryCatalog } from '../stories/catalog.js';
import { storyCacheDir, storyDir } from '../stories/folders.js';
import { isSample, storyKey, type StoryRef } from '../stories/names.js';
import { storyFromTerminal } from '../stories/resolve.js';

/**
 * The folder a terminal command works on when given `--story NAME` (and
 * `--server ID`), and the cache folder of its snapshots (the bot's for that
 * story): that story's, once the state database says it exists. One plain
 * sentence when it does not.
 */
export async function storyFolder(
  settings: Settings,
  story: string,
  server?: string,
): Promise<{ ref: StoryRef; dir: string; cacheDir: string } | { error: string }> {
  const ref = storyFromTerminal(story, server);
  if (typeof ref === 'string') return { error: `--story ${story}: ${ref}` };
  if (!isSample(ref)) {
    const state = StateDatabase.open(settings.stateDir);
    try {
      if (!(await new SqliteStoryCatalog(state).exists(ref)))
        return { error: `there is no story ${storyKey(ref)}: make it with npm run story -- create ${story}${server ? ` --server ${server}` : ''}` };
    } finally {
      state.close();
    }
  }
  return { ref, dir: storyDir(settings, ref), cacheDir: storyCacheDir(settings.cacheDir, ref) };
}
