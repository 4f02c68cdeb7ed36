import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, StateDatabase } from '../../src/state/database.js';
import { FeedbackStore, SALT_FILE, feedbackSalt, type AnswerRecord } from '../../src/state/feedback.js';
import { tempDir } from '../support/corpus.js';

const GUILD_A = '100000000000000001';
const GUILD_B = '100000000000000002';
const open: StateDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function store(dir = tempDir()): { dir: string; feedback: FeedbackStore } {
  const db = StateDatabase.open(dir);
  open.push(db);
  return { dir, feedback: new FeedbackStore(db, feedbackSalt(dir)) };
}

const answer = (messageId: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  messageId,
  guildId: GUILD_A,
  command: 'ask',
  question: `question ${messageId}`,
  options: { question: `question ${messageId}` },
  story: 'sample',
  shape: 'ask→search, 5 passages',
  ...over,
});

describe('feedback on answers', () => {
  it('the salt is made once and kept: the same person hashes alike after a restart, and no id is stored', () => {
    const { dir, feedback } = store();
    const salt = readFileSync(path.join(dir, SALT_FILE), 'utf8');
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(feedbackSalt(dir)).toBe(salt);
    const again = store(dir).feedback;
    expect(again.voterHash('42')).toBe(feedback.voterHash('42'));
    expect(feedback.voterHash('42')).not.toBe(feedback.voterHash('43'));
    // A user id (a snowflake) is never in its hash: a chance match of 18 digits in 64 hex digits is out of reach.
    expect(feedback.voterHash('123456789012345678')).not.toContain('123456789012345678');
    // Another state folder, another salt: hashes cannot be matched across installs.
    expect(store().feedback.voterHash('42')).not.toBe(feedback.voterHash('42'));
  });

  it('a salt file that is not one is refused with what to do', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, SALT_FILE), 'oops');
    expect(() => feedbackSalt(dir)).toThrow(/remove it to make a new one/);
  });

  it('one vote per person per message, changeable; a message that is no answer takes none', () => {
    const { feedback } = store();
    feedback.recordAnswer(answer('1'));
    expect(feedback.vote('1', 'alice', 1)).toBe(true);
    expect(feedback.vote('1', 'alice', 1)).toBe(true);
    expect(feedback.tally('1')).toEqual({ up: 1, down: 0 });
    feedback.vote('1', 'alice', -1);
    feedback.vote('1', 'bob', -1);
    expect(feedback.tally('1')).toEqual({ up: 0, down: 2 });
    expect(feedback.vote('2', 'alice', 1)).toBe(false);
    expect(feedback.tally('2')).toEqual({ up: 0, down: 0 });
  });

  it('the report: worst rated first, per command, one server only when asked', () => {
    const { feedback } = store();
    feedback.recordAnswer(answer('1'));
    feedback.recordAnswer(answer('2', { command: 'search', question: null, options: { query: 'x' }, shape: '5 passages' }));
    feedback.recordAnswer(answer('3', { guildId: GUILD_B, question: 'elsewhere' }));
    feedback.recordAnswer(answer('4'));
    feedback.vote('1', 'a', 1);
    feedback.vote('1', 'b', 1);
    feedback.vote('2', 'a', -1);
    feedback.vote('3', 'a', -1);
    feedback.vote('3', 'b', -1);
    const mine = feedback.report(GUILD_A);
    expect(mine.lines.map((l) => [l.command, l.question, l.up, l.down])).toEqual([
      ['search', null, 0, 1],
      ['ask', 'question 1', 2, 0],
    ]);
    expect(mine.commands).toEqual([
      { command: 'search', up: 0, down: 1, messages: 1 },
      { command: 'ask', up: 2, down: 0, messages: 2 },
    ]);
    expect(JSON.stringify(mine)).not.toContain('elsewhere');
    const all = feedback.report();
    expect(all.lines[0]!.question).toBe('elsewhere');
    expect([all.up, all.down]).toEqual([2, 3]);
  });

  it('is a migration of the state database, applied once', () => {
    const { dir } = store();
    const again = StateDatabase.open(dir);
    open.push(again);
    expect(again.version).toBe(SCHEMA_VERSION);
    expect(again.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'answer_%' ORDER BY name").all()).toEqual([
      { name: 'answer_messages' },
      { name: 'answer_votes' },
    ]);
  });
});
