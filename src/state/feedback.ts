import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { StateDatabase } from './database.js';

/**
 * 👍 and 👎 on the bot's answers, in the state database: each answer message
 * with what was asked (the question or the command, its options, the story,
 * the answer's shape), and one vote per person per message, changeable. A
 * voter is kept only as a salted hash of their user id: the salt is made once
 * and kept in the state folder, so the hash cannot be matched against user ids
 * without it.
 */
export const SALT_FILE = 'feedback-salt';

/** The state folder's salt, made on first use (two processes starting at once keep the first one written). */
export function feedbackSalt(stateDir: string): string {
  const file = path.join(stateDir, SALT_FILE);
  try {
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const salt = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(salt))
    throw new Error(`${file} is not a feedback salt (64 hex digits): remove it to make a new one (older votes then count as other voters)`);
  return salt;
}

export type Vote = 1 | -1;

export interface AnswerRecord {
  messageId: string;
  /** null: a direct message. */
  guildId: string | null;
  command: string;
  /** /ask's question; null for the other commands. */
  question: string | null;
  options: Record<string, unknown>;
  story: string;
  /** What the answer held, in a few words ("ask→crowd-size, 1 gathering, answer line"). */
  shape: string;
}

/** One line of the report: an answer (a question, or a command with its options), with its votes. */
export const FeedbackLineSchema = z.object({
  command: z.string(),
  question: z.string().nullable(),
  options: z.record(z.string(), z.unknown()),
  story: z.string(),
  shape: z.string(),
  up: z.number().int(),
  down: z.number().int(),
  messages: z.number().int(),
});
export type FeedbackLine = z.infer<typeof FeedbackLineSchema>;

export const FeedbackReportSchema = z.object({
  command: z.literal('feedback'),
  /** The server the report is for; null: every server (the terminal's report). */
  guildId: z.string().nullable(),
  up: z.number().int(),
  down: z.number().int(),
  /** Per command: its votes. */
  commands: z.array(z.object({ command: z.string(), up: z.number().int(), down: z.number().int(), messages: z.number().int() })),
  /** The answers with a vote, worst rated first (most 👎 over 👍), then the most voted. */
  lines: z.array(FeedbackLineSchema),
});
export type FeedbackReport = z.infer<typeof FeedbackReportSchema>;

interface LineRow {
  command: string;
  question: string | null;
  options: string;
  story: string;
  shape: string;
  up: number;
  down: number;
  messages: number;
}

export class FeedbackStore {
  constructor(
    private readonly state: StateDatabase,
    private readonly salt: string,
  ) {}

  /** The hash a voter is kept as: the same person gets the same hash on every message, and no one can tell who. */
  voterHash(userId: string): string {
    return createHmac('sha256', this.salt).update(userId).digest('hex');
  }

  /** Records an answer message (once: a second record of the same message changes nothing). */
  recordAnswer(a: AnswerRecord, at = new Date()): void {
    this.state.db
      .prepare(
        `INSERT OR IGNORE INTO answer_messages (message_id, guild_id, command, question, options, story, shape, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.messageId, a.guildId, a.command, a.question, JSON.stringify(a.options), a.story, a.shape, at.toISOString());
  }

  answer(messageId: string): AnswerRecord | undefined {
    const row = this.state.db.prepare('SELECT * FROM answer_messages WHERE message_id = ?').get(messageId) as
      { message_id: string; guild_id: string | null; command: string; question: string | null; options: string; story: string; shape: string } | undefined;
    if (!row) return undefined;
    return {
      messageId: row.message_id,
      guildId: row.guild_id,
      command: row.command,
      question: row.question,
      options: JSON.parse(row.options) as Record<string, unknown>,
      story: row.story,
      shape: row.shape,
    };
  }

  /**
   * A person's vote on a message, replacing their earlier one; false when the
   * message is no answer the bot recorded (nothing is stored then).
   */
  vote(messageId: string, userId: string, vote: Vote, at = new Date()): boolean {
    return this.state.transaction(() => {
      if (!this.state.db.prepare('SELECT 1 FROM answer_messages WHERE message_id = ?').get(messageId)) return false;
      this.state.db
        .prepare(
          `INSERT INTO answer_votes (message_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (message_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at`,
        )
        .run(messageId, this.voterHash(userId), vote, at.toISOString());
      return true;
    });
  }

  /** The votes on one message. */
  tally(messageId: string): { up: number; down: number } {
    const row = this.state.db
      .prepare('SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM answer_votes WHERE message_id = ?')
      .get(messageId) as { up: number; down: number };
    return { up: row.up, down: row.down };
  }

  /** The report: one server's answers (`guildId`), or every server's (undefined); at most `limit` lines. */
  report(guildId?: string | null, limit = 25): FeedbackReport {
    const where = guildId === undefined ? '' : guildId === null ? 'WHERE m.guild_id IS NULL' : 'WHERE m.guild_id = @guild';
    const params = guildId ? { guild: guildId } : {};
    const lines = this.state.db
      .prepare(
        `SELECT m.command, m.question, m.options, m.story, m.shape,
                SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down, COUNT(DISTINCT m.message_id) AS messages
         FROM answer_messages m JOIN answer_votes v ON v.message_id = m.message_id
         ${where}
         GROUP BY m.command, m.question, m.options, m.story, m.shape
         ORDER BY (SUM(v.vote = -1) - SUM(v.vote = 1)) DESC, COUNT(*) DESC, m.command, m.question
         LIMIT @limit`,
      )
      .all({ ...params, limit }) as LineRow[];
    const commands = this.state.db
      .prepare(
        `SELECT m.command, COALESCE(SUM(v.vote = 1), 0) AS up, COALESCE(SUM(v.vote = -1), 0) AS down, COUNT(DISTINCT m.message_id) AS messages
         FROM answer_messages m LEFT JOIN answer_votes v ON v.message_id = m.message_id
         ${where}
         GROUP BY m.command
         ORDER BY (COALESCE(SUM(v.vote = -1), 0) - COALESCE(SUM(v.vote = 1), 0)) DESC, m.command`,
      )
      .all(params) as { command: string; up: number; down: number; messages: number }[];
    return {
      command: 'feedback',
      guildId: guildId ?? null,
      up: commands.reduce((n, c) => n + c.up, 0),
      down: commands.reduce((n, c) => n + c.down, 0),
      commands,
      lines: lines.map((l) => ({ ...l, options: JSON.parse(l.options) as Record<string, unknown> })),
    };
  }
}
