import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, whether running from src/ (tsx) or from dist/ (the build). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..').replace(/[\\/]dist$/, '');

/** The bundled story's articles. */
export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'articles');
/** Index snapshots: derived from the articles, safe to delete. */
export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache');
/** What the bot must keep across restarts (which message is each channel's pinned summary). */
export const DEFAULT_STATE_DIR = path.join(PROJECT_ROOT, '.cache', 'state');
/** The stories servers and the host make: `<owner>/<name>/`, a folder of articles each. */
export const DEFAULT_STORIES_DIR = path.join(PROJECT_ROOT, 'data', 'stories');
