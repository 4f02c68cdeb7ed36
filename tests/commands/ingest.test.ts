import { mkdir, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PermissionFlagsBits, PermissionsBitField, type Attachment, type ChatInputCommandInteraction } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES, ingestCommand } from '../../commands/ingest.js';
import type { CommandContext } from '../../src/bot/command.js';
import { UserError } from '../../src/bot/errors.js';
import { PinStore } from '../../src/bot/pinStore.js';
import { StateDatabase } from '../../src/state/database.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { FLOOD_REPORT_MD, FLOOD_WIRE_TXT, tempDir, writeFiles } from '../ingest/fixtures.js';

let server: Server;
let base: string;
const downloads: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    downloads.push(req.url ?? '');
    const body = req.url === '/courier.md' ? FLOOD_REPORT_MD : req.url === '/wire.txt' ? FLOOD_WIRE_TXT : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body ?? 'gone');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function attachment(name: string, contentType: string | null, size = 1000): Attachment {
  return { name, contentType, size, url: `${base}/${name}` } as Attachment;
}

/** A corpus folder with one article, the store a bot would answer from, and a way to run /ingest in it. */
async function setup() {
  const dir = await tempDir();
  const corpusDir = path.join(dir, 'corpus');
  await mkdir(corpusDir);
  await writeFiles(corpusDir, { 'wire.txt': FLOOD_WIRE_TXT });
  const store = new CorpusStore(corpusDir, { cacheDir: path.join(dir, 'cache') });
  await store.reload();
  const deferred: boolean[] = [];
  const run = async (opts: { file?: Attachment | null; link?: string | null; permissions?: bigint | null; allowPrivateLinks?: boolean }) => {
    deferred.length = 0;
    const interaction = {
      memberPermissions: opts.permissions === null ? null : new PermissionsBitField(opts.permissions ?? PermissionFlagsBits.ManageMessages),
      options: { getAttachment: () => opts.file ?? null, getString: () => opts.link ?? null },
      user: { id: '111111111111111111' },
    } as unknown as ChatInputCommandInteraction;
    const ctx: CommandContext = {
      interaction,
      corpus: store.current(),
      store,
      options: {},
      defer: async () => void deferred.push(true),
      pins: new PinStore(StateDatabase.open(path.join(dir, 'state'))),
      commands: [],
      logger: pino({ level: 'silent' }),
      allowPrivateLinks: opts.allowPrivateLinks ?? false,
      story: { owner: '100000000000000001', name: 'ferries' },
      stories: undefined as never,
    };
    return ingestCommand.execute(ctx);
  };
  return { store, corpusDir, run, deferred };
}

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('/ingest', () => {
  it('is registered for moderators in servers only', () => {
    expect(ingestCommand.data.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
    expect(ingestCommand.data.contexts).toEqual([0]); // Guild
    expect(ingestCommand.data.integration_types).toEqual([0]); // installed to servers
    expect(ingestCommand.defer).toBe('ephemeral'); // a refusal or duplicate is for the moderator's eyes only
  });

  it('adds an attached article, says what it brought, and the live store answers from it while an older request keeps its corpus', async () => {
    const { store, corpusDir, run } = await setup();
    const inFlight = store.current();
    const reply = await run({ file: attachment('courier.md', 'text/markdown; charset=utf-8') });
    const embed = reply.pages[0]!.embeds[0]!;
    expect(embed.title).toBe('Article added');
    expect(embed.description).toContain('Kestrel Bay: the night the Marrow River rose');
    expect(embed.description).toContain('**The Valley Courier** · 2026-03-05 · 3 passages');
    expect(embed.description).toMatch(/\*\*New dates\*\*\n(• .*\n)*• 2026-03-04 \(Wednesday\)\n/);
    expect(embed.footer?.text).toContain('Every command now answers from 2 articles');

    expect(store.current().articles.map((a) => a.title)).toContain('Kestrel Bay: the night the Marrow River rose');
    expect(inFlight.articles).toHaveLength(1);
    expect((await readdir(corpusDir)).filter((n) => n.endsWith('.md'))).toHaveLength(1);
  });

  it('refuses anyone without a moderator permission, and changes nothing', async () => {
    const { corpusDir, run, deferred } = await setup();
    for (const permissions of [PermissionFlagsBits.SendMessages, null]) {
      const err = await refusal(run({ file: attachment('courier.md', 'text/markdown'), permissions }));
      expect(err.outcome).toBe('forbidden');
      expect(deferred, 'the refusal is private from the start').toEqual([]);
    }
    await run({ file: attachment('courier.md', 'text/markdown'), permissions: PermissionFlagsBits.ManageGuild });
    expect(deferred).toEqual([true]);
    expect(await readdir(corpusDir)).toHaveLength(2);
  });

  it('refuses other file types and oversized files before downloading them', async () => {
    const { run, corpusDir } = await setup();
    downloads.length = 0;
    expect((await refusal(run({ file: attachment('scan.pdf', 'application/pdf') }))).message).toContain('only .txt, .md, .htm');
    expect((await refusal(run({ file: attachment('notes.txt', 'image/png') }))).message).toContain('image/png, not text');
    expect((await refusal(run({ file: attachment('big.txt', 'text/plain', ATTACHMENT_MAX_BYTES + 1) }))).message).toContain('at most 3 MiB');
    expect(downloads).toEqual([]);
    expect(await readdir(corpusDir)).toEqual(['wire.txt']);
  });

  it('refuses a duplicate naming the article already there, and asks for exactly one of file or link', async () => {
    const { run, store } = await setup();
    const existing = store.current().articles[0]!;
    const dup = await refusal(run({ file: attachment('wire.txt', 'text/plain') }));
    expect(dup.message).toContain(`Not added: wire.txt is the same text as ${existing.id}`);
    expect((await refusal(run({}))).message).toContain('Attach a .txt, .md or .html file');
    expect((await refusal(run({ file: attachment('wire.txt', null), link: `${base}/wire.txt` }))).message).toContain('not both');
  });

  it('refuses links into the bot’s own network unless the operator allows them', async () => {
    const { run } = await setup();
    for (const link of [`${base}/wire.txt`, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://localhost/']) {
      expect((await refusal(run({ link }))).message).toContain('is not a public address');
    }
    expect((await refusal(run({ link: `${base}/missing`, allowPrivateLinks: true }))).message).toContain('answered 404');
    const reply = await run({ link: `${base}/courier.md`, allowPrivateLinks: true });
    expect(reply.pages[0]!.embeds[0]!.title).toBe('Article added');
  });
});
