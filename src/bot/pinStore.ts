import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const PinRecordSchema = z.object({
  channelId: z.string(),
  messageId: z.string(),
  guildId: z.string().nullable(),
  /** The corpus hash the summary was built from. */
  corpusHash: z.string(),
  updatedAt: z.string(),
  /** The /summary options it was pinned with, to rebuild it the same way when the articles change. */
  options: z.record(z.string(), z.unknown()).optional(),
});
export type PinRecord = z.infer<typeof PinRecordSchema>;

/**
 * Which message is the pinned summary of each channel. One small file per
 * channel, written to a temporary name and renamed into place, so a crash
 * never leaves half a record and shards (each owning other guilds) never
 * overwrite each other's channels.
 */
export class PinStore {
  private readonly dir: string;

  constructor(stateDir: string) {
    this.dir = path.join(stateDir, 'pinned-summaries');
  }

  private file(channelId: string): string {
    if (!/^\d{1,25}$/.test(channelId)) throw new Error('a channel id is digits only');
    return path.join(this.dir, `${channelId}.json`);
  }

  /** The record, or null when there is none or it is unreadable (then the summary is posted anew). */
  async get(channelId: string): Promise<PinRecord | null> {
    let raw: string;
    try {
      raw = await readFile(this.file(channelId), 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = PinRecordSchema.safeParse(JSON.parse(raw));
      return parsed.success && parsed.data.channelId === channelId ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async set(record: PinRecord): Promise<void> {
    const target = this.file(record.channelId);
    await mkdir(this.dir, { recursive: true });
    const tmp = `${target}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(tmp, `${JSON.stringify(PinRecordSchema.parse(record), null, 2)}\n`);
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  /** Every channel's record (unreadable ones left out). */
  async list(): Promise<PinRecord[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const records = await Promise.all(
      names.filter((n) => /^\d{1,25}\.json$/.test(n)).map((n) => this.get(n.slice(0, -'.json'.length))),
    );
    return records.filter((r): r is PinRecord => r !== null);
  }

  async delete(channelId: string): Promise<void> {
    await rm(this.file(channelId), { force: true });
  }
}
