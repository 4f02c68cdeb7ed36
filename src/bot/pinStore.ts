import { readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { StateDatabase } from '../state/database.js';

export const PinRecordSchema = z.object({
  channelId: z.string(),
  messageId: z.string(),
  guildId: z.string().nullable(),
  /** The corpus hash the summary was built from. */
  corpusHash: z.string(),
  updatedAt: z.string(),
  /** The /summary options it was pinned with, to rebuild it the same way when the articles change. */
  options: z.record(z.string(), z.unknown()).optional(),
  /** The story it summarises (its key; '' or absent: the default story). */
  story: z.string().optional(),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

interface Row {
  channel_id: string;
  guild_id: string | null;
  message_id: string;
  corpus_hash: string;
  updated_at: string;
  options: string;
  story: string;
}

const fromRow = (r: Row): PinRecord => ({
  channelId: r.channel_id,
  messageId: r.message_id,
  guildId: r.guild_id,
  corpusHash: r.corpus_hash,
  updatedAt: r.updated_at,
  options: JSON.parse(r.options) as Record<string, unknown>,
  ...(r.story ? { story: r.story } : {}),
});

const CHANNEL_ID = /^\d{1,25}$/;

/**
 * Which message is the pinned summary of each channel, in the state
 * database. Asynchronous like any store the bot could move to (a shared
 * server database when shards run on several machines).
 */
export class PinStore {
  /** The publish under way in each channel, by channel id. */
  private readonly publishing = new Map<string, Promise<unknown>>();

  constructor(private readonly state: StateDatabase) {}

  /** Runs `work` after any other begun for the channel: one publish at a time, so two quick runs cannot both post a new summary. */
  oneAtATime<T>(channelId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.publishing.get(channelId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(work);
    this.publishing.set(channelId, next);
    void next
      .finally(() => {
        if (this.publishing.get(channelId) === next) this.publishing.delete(channelId);
      })
      .catch(() => undefined);
    return next;
  }

  async get(channelId: string): Promise<PinRecord | null> {
    const row = this.state.db.prepare('SELECT * FROM pinned_summaries WHERE channel_id = ?').get(channelId) as Row | undefined;
    return row ? fromRow(row) : null;
  }

  async set(record: PinRecord): Promise<void> {
    const r = PinRecordSchema.parse(record);
    if (!CHANNEL_ID.test(r.channelId)) throw new Error('a channel id is digits only');
    this.state.db
      .prepare(
        `INSERT INTO pinned_summaries (channel_id, guild_id, message_id, corpus_hash, updated_at, options, story) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(channel_id) DO UPDATE SET guild_id = excluded.guild_id, message_id = excluded.message_id,
           corpus_hash = excluded.corpus_hash, updated_at = excluded.updated_at, options = excluded.options, story = excluded.story`,
      )
      .run(r.channelId, r.guildId, r.messageId, r.corpusHash, r.updatedAt, JSON.stringify(r.options ?? {}), r.story ?? '');
  }

  /** Every channel's record. */
  async list(): Promise<PinRecord[]> {
    return (this.state.db.prepare('SELECT * FROM pinned_summaries ORDER BY channel_id').all() as Row[]).map(fromRow);
  }

  async delete(channelId: string): Promise<void> {
    this.state.db.prepare('DELETE FROM pinned_summaries WHERE channel_id = ?').run(channelId);
  }

  /**
   * Takes in the JSON records earlier versions kept (`pinned-summaries/*.json`
   * under the state folder), in one transaction, then renames that folder
   * `pinned-summaries.migrated` so it is never read twice. Returns how many.
   */
  async importJsonRecords(stateDir: string): Promise<number> {
    const dir = path.join(stateDir, 'pinned-summaries');
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /^\d{1,25}\.json$/.test(n));
    if (!names.length) return 0;
    const records: PinRecord[] = [];
    for (const name of names) {
      const parsed = PinRecordSchema.safeParse(
        await readFile(path.join(dir, name), 'utf8')
          .then(JSON.parse)
          .catch(() => null),
      );
      if (parsed.success && `${parsed.data.channelId}.json` === name) records.push(parsed.data);
    }
    const insert = this.state.db.prepare(
      `INSERT OR IGNORE INTO pinned_summaries (channel_id, guild_id, message_id, corpus_hash, updated_at, options) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.state.transaction(() => {
      for (const r of records) insert.run(r.channelId, r.guildId, r.messageId, r.corpusHash, r.updatedAt, JSON.stringify(r.options ?? {}));
    });
    await rename(dir, `${dir}.migrated`);
    return records.length;
  }
}
