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

/**
 * Which stories exist and who follows which: the stories of each owner, the
 * story each channel uses, each server's default, and each story's trash.
 * Every change that spans rows is one transaction.
 */
export class StoryCatalog {
  constructor(readonly state: StateDatabase) {}

  list(owner: string): StoryRow[] {
    const rows = this.state.db.prepare('SELECT owner, name, created_at, created_by FROM stories WHERE owner = ? ORDER BY name').all(owner) as {
      owner: string;
      name: string;
      created_at: string;
      created_by: string | null;
    }[];
    return rows.map((r) => ({ owner: r.owner, name: r.name, createdAt: r.created_at, createdBy: r.created_by }));
  }

  /** Every story of every owner, the default one first (for housekeeping such as emptying the trash). */
  all(): StoryRef[] {
    const rows = this.state.db.prepare('SELECT owner, name FROM stories ORDER BY owner, name').all() as StoryRef[];
    return [SAMPLE, ...rows.map((r) => ({ owner: r.owner, name: r.name }))];
  }

  exists(ref: StoryRef): boolean {
    return isSample(ref) || this.state.db.prepare('SELECT 1 FROM stories WHERE owner = ? AND name = ?').get(ref.owner, ref.name) !== undefined;
  }

  /** False when the owner already has a story of that name. */
  create(ref: StoryRef, by: string | null, now = new Date()): boolean {
    const done = this.state.db
      .prepare('INSERT OR IGNORE INTO stories (owner, name, created_at, created_by) VALUES (?, ?, ?, ?)')
      .run(ref.owner, ref.name, now.toISOString(), by);
    return done.changes === 1;
  }

  /** The channels and pinned summaries that use a story: a deletion must say so first. */
  usage(ref: StoryRef): { channels: string[]; defaultOf: string[]; pinnedIn: string[] } {
    const key = storyKey(ref);
    const col = (sql: string) => (this.state.db.prepare(sql).all(key) as { id: string }[]).map((r) => r.id);
    return {
      channels: col('SELECT channel_id AS id FROM channel_stories WHERE story = ? ORDER BY channel_id'),
      defaultOf: col('SELECT guild_id AS id FROM guild_default_stories WHERE story = ?'),
      pinnedIn: col('SELECT channel_id AS id FROM pinned_summaries WHERE story = ? ORDER BY channel_id'),
    };
  }

  /** Removes the story and everything pointing at it, in one transaction. */
  delete(ref: StoryRef): boolean {
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

  useInChannel(guildId: string, channelId: string, ref: StoryRef): void {
    this.state.db
      .prepare(
        'INSERT INTO channel_stories (channel_id, guild_id, story) VALUES (?, ?, ?) ON CONFLICT(channel_id) DO UPDATE SET story = excluded.story, guild_id = excluded.guild_id',
      )
      .run(channelId, guildId, storyKey(ref));
  }

  useAsDefault(guildId: string, ref: StoryRef): void {
    this.state.db
      .prepare('INSERT INTO guild_default_stories (guild_id, story) VALUES (?, ?) ON CONFLICT(guild_id) DO UPDATE SET story = excluded.story')
      .run(guildId, storyKey(ref));
  }

  /** The story a command in this channel answers from: the channel's, else the server's default, else the sample. */
  storyFor(guildId: string | null, channelId: string | null): StoryRef {
    const pick = (sql: string, id: string | null) => (id ? (this.state.db.prepare(sql).get(id) as { story: string } | undefined)?.story : undefined);
    const key =
      pick('SELECT story FROM channel_stories WHERE channel_id = ?', channelId) ?? pick('SELECT story FROM guild_default_stories WHERE guild_id = ?', guildId);
    const ref = key ? parseStoryKey(key) : null;
    // A binding to a story of another server can only come from a bug or a hand edit: never follow it.
    return ref && (isSample(ref) || ref.owner === guildId) ? ref : SAMPLE;
  }

  trash(ref: StoryRef): TrashRow[] {
    const rows = this.state.db
      .prepare('SELECT article, file, title, removed_at, removed_by FROM trash WHERE owner = ? AND story = ? ORDER BY removed_at DESC')
      .all(ref.owner, ref.name) as { article: string; file: string; title: string; removed_at: string; removed_by: string | null }[];
    return rows.map((r) => ({ article: r.article, file: r.file, title: r.title, removedAt: r.removed_at, removedBy: r.removed_by }));
  }

  inTrash(ref: StoryRef, article: string): TrashRow | null {
    return this.trash(ref).find((t) => t.article === article) ?? null;
  }

  /** Records a removal; false when the article is in the trash already (another moderator was first). */
  addToTrash(ref: StoryRef, row: TrashRow): boolean {
    return (
      this.state.db
        .prepare('INSERT OR IGNORE INTO trash (owner, story, article, file, title, removed_at, removed_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(ref.owner, ref.name, row.article, row.file, row.title, row.removedAt, row.removedBy).changes === 1
    );
  }

  takeFromTrash(ref: StoryRef, article: string): boolean {
    return this.state.db.prepare('DELETE FROM trash WHERE owner = ? AND story = ? AND article = ?').run(ref.owner, ref.name, article).changes === 1;
  }
}
