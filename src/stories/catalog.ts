import type { StateDatabase } from '../state/database.js';
import { isSample, SAMPLE, storyKey, parseStoryKey, type StoryRef } from './names.js';

export interface StoryRow extends StoryRef {
  createdAt: string;
  createdBy: string | null;
}

export interface TrashRow {
  article: string;
  file: string;
  title: string;
  removedAt: string;
  removedBy: string | null;
}

/** What uses a story: the channels that answer from it, the servers whose default it is, the channels where its summary is pinned. */
export interface StoryUsage {
  channels: string[];
  defaultOf: string[];
  pinnedIn: string[];
}

/**
 * Which stories exist and who follows which: the stories of each owner, the
 * story each channel uses, each server's default, and each story's trash.
 *
 * Every method returns a promise, so that a database reached over the network
 * (PostgreSQL, when shards run on several machines: docs/scaling.md) can take
 * the SQLite file's place without changing a caller. An implementation keeps
 * these rules, which tests/stories/catalogContract.ts checks of each one:
 * names are unique per owner (the first `create` wins); `delete` removes the
 * story and everything pointing at it at once; `addToTrash` of an article
 * already there does nothing and says so (of two moderators, the first wins);
 * `storyFor` never answers with another owner's story.
 */
export interface StoryCatalog {
  /** An owner's stories, by name. */
  list(owner: string): Promise<StoryRow[]>;
  /** Every story of every owner, the default one first (for housekeeping such as emptying the trash). */
  all(): Promise<StoryRef[]>;
  exists(ref: StoryRef): Promise<boolean>;
  /** False when the owner already has a story of that name. */
  create(ref: StoryRef, by: string | null, now?: Date): Promise<boolean>;
  /** The channels and pinned summaries that use a story: a deletion must say so first. */
  usage(ref: StoryRef): Promise<StoryUsage>;
  /** Removes the story and everything pointing at it (bindings, pinned summaries, trash, feeds), in one transaction. */
  delete(ref: StoryRef): Promise<boolean>;
  useInChannel(guildId: string, channelId: string, ref: StoryRef): Promise<void>;
  useAsDefault(guildId: string, ref: StoryRef): Promise<void>;
  /** The story a command in this channel answers from: the channel's, else the server's default, else the sample. */
  storyFor(guildId: string | null, channelId: string | null): Promise<StoryRef>;
  /** A story's trash, the latest removal first. */
  trash(ref: StoryRef): Promise<TrashRow[]>;
  inTrash(ref: StoryRef, article: string): Promise<TrashRow | null>;
  /** Records a removal; false when the article is in the trash already (another moderator was first). */
  addToTrash(ref: StoryRef, row: TrashRow): Promise<boolean>;
  takeFromTrash(ref: StoryRef, article: string): Promise<boolean>;
}

/**
 * The catalog in the state database's SQLite file. better-sqlite3 is
 * synchronous: each promise is settled by the time it is returned, and a
 * failure is a rejected promise, as it would be from a database over the network.
 */
export class SqliteStoryCatalog implements StoryCatalog {
  constructor(readonly state: StateDatabase) {}

  async list(owner: string): Promise<StoryRow[]> {
    const rows = this.state.db.prepare('SELECT owner, name, created_at, created_by FROM stories WHERE owner = ? ORDER BY name').all(owner) as {
      owner: string;
      name: string;
      created_at: string;
      created_by: string | null;
    }[];
    return rows.map((r) => ({ owner: r.owner, name: r.name, createdAt: r.created_at, createdBy: r.created_by }));
  }

  /** Every story of every owner, the default one first (for housekeeping such as emptying the trash). */
  async all(): Promise<StoryRef[]> {
    const rows = this.state.db.prepare('SELECT owner, name FROM stories ORDER BY owner, name').all() as StoryRef[];
    return [SAMPLE, ...rows.map((r) => ({ owner: r.owner, name: r.name }))];
  }

  async exists(ref: StoryRef): Promise<boolean> {
    return isSample(ref) || this.state.db.prepare('SELECT 1 FROM stories WHERE owner = ? AND name = ?').get(ref.owner, ref.name) !== undefined;
  }

  /** False when the owner already has a story of that name. */
  async create(ref: StoryRef, by: string | null, now = new Date()): Promise<boolean> {
    const done = this.state.db
      .prepare('INSERT OR IGNORE INTO stories (owner, name, created_at, created_by) VALUES (?, ?, ?, ?)')
      .run(ref.owner, ref.name, now.toISOString(), by);
    return done.changes === 1;
  }

  /** The channels and pinned summaries that use a story: a deletion must say so first. */
  async usage(ref: StoryRef): Promise<StoryUsage> {
    const key = storyKey(ref);
    const col = (sql: string) => (this.state.db.prepare(sql).all(key) as { id: string }[]).map((r) => r.id);
    return {
      channels: col('SELECT channel_id AS id FROM channel_stories WHERE story = ? ORDER BY channel_id'),
      defaultOf: col('SELECT guild_id AS id FROM guild_default_stories WHERE story = ?'),
      pinnedIn: col('SELECT channel_id AS id FROM pinned_summaries WHERE story = ? ORDER BY channel_id'),
    };
  }

  /** Removes the story and everything pointing at it, in one transaction. */
  async delete(ref: StoryRef): Promise<boolean> {
    const key = storyKey(ref);
    return this.state.transaction(() => {
      const gone = this.state.db.prepare('DELETE FROM stories WHERE owner = ? AND name = ?').run(ref.owner, ref.name).changes === 1;
      if (!gone) return false;
      this.state.db.prepare('DELETE FROM channel_stories WHERE story = ?').run(key);
      this.state.db.prepare('DELETE FROM guild_default_stories WHERE story = ?').run(key);
      this.state.db.prepare('DELETE FROM pinned_summaries WHERE story = ?').run(key);
      this.state.db.prepare('DELETE FROM trash WHERE owner = ? AND story = ?').run(ref.owner, ref.name);
      this.state.db.prepare('DELETE FROM feeds WHERE owner = ? AND story = ?').run(ref.owner, ref.name);
      this.state.db.prepare('DELETE FROM whats_new_channels WHERE owner = ? AND story = ?').run(ref.owner, ref.name);
      return true;
    });
  }

  async useInChannel(guildId: string, channelId: string, ref: StoryRef): Promise<void> {
    this.state.db
      .prepare(
        'INSERT INTO channel_stories (channel_id, guild_id, story) VALUES (?, ?, ?) ON CONFLICT(channel_id) DO UPDATE SET story = excluded.story, guild_id = excluded.guild_id',
      )
      .run(channelId, guildId, storyKey(ref));
  }

  async useAsDefault(guildId: string, ref: StoryRef): Promise<void> {
    this.state.db
      .prepare('INSERT INTO guild_default_stories (guild_id, story) VALUES (?, ?) ON CONFLICT(guild_id) DO UPDATE SET story = excluded.story')
      .run(guildId, storyKey(ref));
  }

  /** The story a command in this channel answers from: the channel's, else the server's default, else the sample. */
  async storyFor(guildId: string | null, channelId: string | null): Promise<StoryRef> {
    const pick = (sql: string, id: string | null) => (id ? (this.state.db.prepare(sql).get(id) as { story: string } | undefined)?.story : undefined);
    const key =
      pick('SELECT story FROM channel_stories WHERE channel_id = ?', channelId) ?? pick('SELECT story FROM guild_default_stories WHERE guild_id = ?', guildId);
    const ref = key ? parseStoryKey(key) : null;
    // A binding to a story of another server can only come from a bug or a hand edit: never follow it.
    return ref && (isSample(ref) || ref.owner === guildId) ? ref : SAMPLE;
  }

  async trash(ref: StoryRef): Promise<TrashRow[]> {
    const rows = this.state.db
      .prepare('SELECT article, file, title, removed_at, removed_by FROM trash WHERE owner = ? AND story = ? ORDER BY removed_at DESC')
      .all(ref.owner, ref.name) as { article: string; file: string; title: string; removed_at: string; removed_by: string | null }[];
    return rows.map((r) => ({ article: r.article, file: r.file, title: r.title, removedAt: r.removed_at, removedBy: r.removed_by }));
  }

  async inTrash(ref: StoryRef, article: string): Promise<TrashRow | null> {
    return (await this.trash(ref)).find((t) => t.article === article) ?? null;
  }

  /** Records a removal; false when the article is in the trash already (another moderator was first). */
  async addToTrash(ref: StoryRef, row: TrashRow): Promise<boolean> {
    return (
      this.state.db
        .prepare('INSERT OR IGNORE INTO trash (owner, story, article, file, title, removed_at, removed_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(ref.owner, ref.name, row.article, row.file, row.title, row.removedAt, row.removedBy).changes === 1
    );
  }

  async takeFromTrash(ref: StoryRef, article: string): Promise<boolean> {
    return this.state.db.prepare('DELETE FROM trash WHERE owner = ? AND story = ? AND article = ?').run(ref.owner, ref.name, article).changes === 1;
  }
}
