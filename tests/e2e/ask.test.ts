import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateDatabase } from '../../src/state/database.js';
import { mentionProblems, messageLimitProblems } from './fakeDiscord/limits.js';
import {
  MEMBER_PERMISSIONS,
  MODERATOR_PERMISSIONS,
  buttonsOf,
  isEphemeral,
  messageBodies,
  messageText,
  type InteractionOutcome,
  type StoredMessage,
} from './fakeDiscord/server.js';
import { snowflake } from './fakeDiscord/state.js';
import { startHarness, type Harness } from './harness.js';

const person = () => ({ id: snowflake(), username: 'reader' });
const said = (out: InteractionOutcome) => out.original ?? out.followUps[0];

function expectWellFormed(out: InteractionOutcome): void {
  for (const body of messageBodies(out.requests)) {
    expect(messageLimitProblems(body)).toEqual([]);
    expect(mentionProblems(body)).toEqual([]);
  }
}

function votesOf(stateDir: string, messageId: string): { voter: string; vote: number }[] {
  const db = StateDatabase.open(stateDir);
  try {
    return db.db.prepare('SELECT voter, vote FROM answer_votes WHERE message_id = ? ORDER BY voter').all(messageId) as { voter: string; vote: number }[];
  } finally {
    db.close();
  }
}

describe('/ask through the bot', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers a crowd question with the answer line, how it was read, the quotes, its own buttons and 👍/👎', async () => {
    const out = await h.fake.run('ask', { question: 'how many people marched in baghdad on friday' }, { user: person() });
    expectWellFormed(out);
    const message = said(out)!;
    expect(isEphemeral(message)).toBe(false);
    const text = messageText(message);
    expect(text).toContain('Six estimates, from thousands to more than 2.5 million; none is picked as right');
    expect(text).toContain('Read as: crowd size of the march in Baghdad on 24 January 2020');
    expect(text).toContain('more than 2.5 million');
    const ids = buttonsOf(message).map((b) => b.customId);
    expect(ids).toEqual(expect.arrayContaining(['eventdesk:ask:full', 'eventdesk:ask:search', 'eventdesk:vote:up', 'eventdesk:vote:down']));
    expect(h.fake.problems()).toEqual([]);
  });

  it('the buttons answer privately: the routed command in full, or search results for the question', async () => {
    const asker = person();
    const out = await h.fake.run('ask', { question: 'who is sadr' }, { user: asker });
    const message = said(out)!;
    expect(messageText(message)).toContain("Muqtada al-Sadr, Shi'ite cleric, in 3 articles");
    const full = await h.fake.outcome(h.fake.button(message, 'eventdesk:ask:full', { user: person() }));
    expectWellFormed(full);
    expect(isEphemeral(said(full))).toBe(true);
    expect(messageText(said(full))).toContain('Muqtada al-Sadr');
    expect(messageText(said(full))).not.toContain('Read as:');
    const search = await h.fake.outcome(h.fake.button(message, 'eventdesk:ask:search', { user: asker }));
    expect(isEphemeral(said(search))).toBe(true);
    expect(messageText(said(search))).toContain('Best passages for “who is sadr”');
    // The public answer is left as it was.
    expect(messageText(h.fake.state.messages.get(message.id))).toContain('Read as:');
  });

  it('a question the rules cannot read is searched, with no answer line and no buttons to another answer', async () => {
    const out = await h.fake.run('ask', { question: 'was the march peaceful' }, { user: person() });
    const message = said(out)!;
    expect(messageText(message)).toContain('Read as: a search for “was the march peaceful”');
    const own = buttonsOf(message).filter((b) => !b.customId.startsWith('eventdesk:page:'));
    expect(own.map((b) => b.customId)).toEqual(['eventdesk:vote:up', 'eventdesk:vote:down']);
  });

  it('one vote per person per message, changeable; only a salted hash of the user id is kept', async () => {
    const out = await h.fake.run('ask', { question: 'when was the embassy attacked' }, { user: person() });
    const message = said(out)!;
    const [alice, bob] = [person(), person()];
    const up = await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:up', { user: alice }));
    expectWellFormed(up);
    expect(isEphemeral(said(up))).toBe(true);
    expect(messageText(said(up))).toMatch(/👍 on this answer is recorded/);
    await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:up', { user: alice }));
    expect(votesOf(h.stateDir, message.id).map((v) => v.vote)).toEqual([1]);
    const down = await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:down', { user: alice }));
    expect(messageText(said(down))).toMatch(/👎/);
    await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:up', { user: bob }));
    const votes = votesOf(h.stateDir, message.id);
    expect(votes.map((v) => v.vote).sort()).toEqual([-1, 1]);
    for (const v of votes) expect(v.voter).toMatch(/^[0-9a-f]{64}$/);
    // Neither id is anywhere in the state folder's files.
    for (const file of readdirSync(h.stateDir, { recursive: true, encoding: 'utf8' })) {
      if (!statSync(path.join(h.stateDir, file)).isFile()) continue;
      const bytes = readFileSync(path.join(h.stateDir, file)).toString('latin1');
      expect(bytes.includes(alice.id) || bytes.includes(bob.id), file).toBe(false);
    }
    // The vote did not touch the answer.
    expect(messageText(h.fake.state.messages.get(message.id))).toContain('Read as:');
  });

  it('a vote on a message that is no recorded answer is refused and stores nothing', async () => {
    const out = await h.fake.run('story list', {}, { user: person() });
    const message = said(out)!;
    const vote = await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:up', { user: person() }));
    expect(isEphemeral(said(vote))).toBe(true);
    expect(messageText(said(vote))).toMatch(/can no longer be rated/);
    expect(votesOf(h.stateDir, message.id)).toEqual([]);
  });

  it('/feedback: moderators see the worst-rated first; members are refused', async () => {
    const out = await h.fake.run('ask', { question: 'how big was the crowd at the us embassy' }, { user: person() });
    const message = said(out)!;
    for (let i = 0; i < 3; i++) await h.fake.outcome(h.fake.button(message, 'eventdesk:vote:down', { user: person() }));
    const member = await h.fake.run('feedback', {}, { user: person(), memberPermissions: MEMBER_PERMISSIONS });
    expect(isEphemeral(said(member))).toBe(true);
    expect(messageText(said(member))).toMatch(/Only moderators/);
    const mod = await h.fake.run('feedback', {}, { user: person(), memberPermissions: MODERATOR_PERMISSIONS });
    expectWellFormed(mod);
    expect(isEphemeral(said(mod))).toBe(true);
    const text = messageText(said(mod));
    expect(text).toContain('how big was the crowd at the us embassy');
    // Worst first: three 👎 before the answer with one 👍 and one 👎.
    expect(text.indexOf('how big was the crowd')).toBeLessThan(text.indexOf('when was the embassy attacked'));
    expect(text).toMatch(/0 👍 3 👎/);
  });

  it('/feedback is for servers only', async () => {
    const out = await h.fake.runInDm('feedback', {}, { user: person() });
    expect(isEphemeral(said(out))).toBe(true);
    expect(messageText(said(out))).toMatch(/server/i);
  });
});

describe('/ask with bad input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const ask = async (question: string): Promise<{ out: InteractionOutcome; message: StoredMessage | undefined; text: string }> => {
    const out = await h.fake.run('ask', { question }, { user: person() });
    expectWellFormed(out);
    const message = said(out);
    return { out, message, text: messageText(message) };
  };

  it('an empty or blank question gets a clear private message', async () => {
    for (const question of ['', '   ']) {
      const { message, text } = await ask(question);
      expect(isEphemeral(message)).toBe(true);
      expect(text).toMatch(/question must not be empty/);
    }
  });

  it('10 KB is refused with the limit named, privately', async () => {
    const { message, text } = await ask('how many people marched '.repeat(420));
    expect(isEphemeral(message)).toBe(true);
    expect(text).toMatch(/question must be at most 300 characters/);
  });

  it('@everyone, a user mention and markdown are answered as text, never as a mention or formatting', async () => {
    const { message, text, out } = await ask('@everyone <@123456789012345678> how many **people** marched in `baghdad`');
    expect(isEphemeral(message)).toBe(false);
    expect(text).toContain('Read as: crowd size of the march in Baghdad');
    for (const body of messageBodies(out.requests)) expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(text).not.toMatch(/(?<!\\)\*\*people(?<!\\)\*\*/);
  });

  it('another language is searched, never routed by a guess', async () => {
    const { text } = await ask('¿Cuántas personas marcharon en Bagdad?');
    expect(text).toContain('Read as: a search for');
  });

  it('the process keeps answering after them all', async () => {
    const { text } = await ask('who is soleimani');
    expect(text).toContain('Qasem Soleimani');
    expect(h.fake.problems()).toEqual([]);
  });
});
