import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * The bot's state in one SQLite file under the state folder: servers'
 * stories, channel bindings, pinned summaries, the trash, feedback on answers. WAL mode, so shards
 * (processes on one machine) read while one writes; a busy writer is waited
 * for, not failed. Migrations are numbered SQL in code, applied in order and
 * recorded in `PRAGMA user_version`.
 */
export const STATE_FILE = 'eventdesk.sqlite';

/** Each entry moves the schema from version i to i + 1. Never edit a shipped one: add the next. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE pinned_summaries (
     channel_id TEXT PRIMARY KEY,
     guild_id TEXT,
     message_id TEXT NOT NULL,
     corpus_hash TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     options TEXT NOT NULL DEFAULT '{}'
   );`,
  // Stories: a server's own collections of articles; which story a channel and a server follow; the trash.
  // A pinned summary belongs to the story it summarises ('' for the bot's default story).
  `CREATE TABLE stories (
     owner TEXT NOT NULL,
     name TEXT NOT NULL,
     created_at TEXT NOT NULL,
     created_by TEXT,
     PRIMARY KEY (owner, name)
   );
   CREATE TABLE channel_stories (
     channel_id TEXT PRIMARY KEY,
     guild_id TEXT NOT NULL,
     story TEXT NOT NULL
   );
   CREATE TABLE guild_default_stories (
     guild_id TEXT PRIMARY KEY,
     story TEXT NOT NULL
   );
   CREATE TABLE trash (
     owner TEXT NOT NULL,
     story TEXT NOT NULL,
     article TEXT NOT NULL,
     file TEXT NOT NULL,
     title TEXT NOT NULL,
     removed_at TEXT NOT NULL,
     removed_by TEXT,
     PRIMARY KEY (owner, story, article)
   );
   ALTER TABLE pinned_summaries ADD COLUMN story TEXT NOT NULL DEFAULT '';`,
  // Feeds a story follows (owner and name as in stories; '' and 'sample' for the default story) and what
  // each poll left: validators, errors, when next; the items seen, so none is taken twice; and the
  // channels that asked to be told what new articles bring.
  `CREATE TABLE feeds (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     owner TEXT NOT NULL,
     story TEXT NOT NULL,
     url TEXT NOT NULL,
     keywords TEXT NOT NULL DEFAULT '[]',
     interval_seconds INTEGER NOT NULL,
     max_items INTEGER NOT NULL,
     added_at TEXT NOT NULL,
     added_by TEXT,
     etag TEXT,
     last_modified TEXT,
     last_poll_at TEXT,
     next_poll_at TEXT NOT NULL,
     items_taken INTEGER NOT NULL DEFAULT 0,
     consecutive_errors INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     UNIQUE (owner, story, url)
   );
   CREATE TABLE feed_items (
     feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
     item_key TEXT NOT NULL,
     link TEXT,
     seen_at TEXT NOT NULL,
     outcome TEXT NOT NULL,
     PRIMARY KEY (feed_id, item_key)
   );
   CREATE TABLE whats_new_channels (
     channel_id TEXT NOT NULL,
     guild_id TEXT NOT NULL,
     owner TEXT NOT NULL,
     story TEXT NOT NULL,
     since TEXT NOT NULL,
     PRIMARY KEY (channel_id, owner, story)
   );`,
  // Feedback: each answer message the bot sent (what was asked, with which options, from which story, and the
  // answer's shape), and the 👍/👎 on it, one per voter (a salted hash of the user id, never the id).
  `CREATE TABLE answer_messages (
     message_id TEXT PRIMARY KEY,
     guild_id TEXT,
     command TEXT NOT NULL,
     question TEXT,
     options TEXT NOT NULL,
     story TEXT NOT NULL,
     shape TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX answer_messages_guild ON answer_messages (guild_id);
   CREATE TABLE answer_votes (
     message_id TEXT NOT NULL REFERENCES answer_messages (message_id) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     voted_at TEXT NOT NULL,
     PRIMARY KEY (message_id, voter)
   );`,
  // A feed item whose page was refused for a reason that may pass (a timeout, a 5xx) is tried again: how many
  // times it has been tried, and when next (null: never again).
  `ALTER TABLE feed_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;
   ALTER TABLE feed_items ADD COLUMN retry_at TEXT;
   CREATE INDEX feed_items_retry ON feed_items (feed_id, retry_at) WHERE retry_at IS NOT NULL;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class StateDatabase {
  private constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Opens (creating) the state file and brings its schema up to date. */
  static open(stateDir: string): StateDatabase {
    mkdirSync(stateDir, { recursive: true });
    const file = path.join(stateDir, STATE_FILE);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const state = new StateDatabase(db, file);
    state.migrate();
    return state;
  }

  get version(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    const from = this.version;
    if (from > SCHEMA_VERSION) {
      throw new Error(`${this.file} was written by a newer eventdesk (schema ${from}, this one knows ${SCHEMA_VERSION}): upgrade, or restore a backup`);
    }
    // One transaction per step: a crash mid-upgrade leaves the last whole version.
    for (let v = from; v < SCHEMA_VERSION; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Runs `work` as one transaction: all of it is written, or none. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** A consistent copy of the database while it is in use (SQLite's online backup). */
  async backupTo(file: string): Promise<void> {
    await this.db.backup(file);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
