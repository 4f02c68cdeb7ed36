import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Routes, type APIMessage, type REST } from 'discord.js';
import type { SummaryAnswer } from '../answers/summary/answer.js';
import type { DiscordPage } from '../render/discord/pages.js';
import { renderSummary } from '../answers/summary/discord.js';
import { UserError } from './errors.js';
import type { PinRecord, PinStore } from './pinStore.js';
import type { RenderReply, RenderRequest } from './summaryWorker.js';

/** The REST calls a pinned summary needs (a discord.js REST, or a stand-in in tests). */
export type SummaryRest = Pick<REST, 'post' | 'patch' | 'put'>;

export interface PublishResult {
  action: 'posted' | 'updated';
  messageId: string;
  channelId: string;
}

const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_CHANNEL = 10003;
const MISSING_PERMISSIONS = 50013;
const MISSING_ACCESS = 50001;
/** "Maximum number of pins reached (250)". */
const MAX_PINS = 30003;
/** Discord's cap on pinned messages per channel. */
export const MAX_PINS_PER_CHANNEL = 250;

function apiError(err: unknown): { status?: number; code?: number | string } {
  return typeof err === 'object' && err !== null ? (err as { status?: number; code?: number | string }) : {};
}

/**
 * Posts the summary in the channel and pins it, or, when this channel already
 * has one on record, edits that message in place (and makes sure it is still
 * pinned). The record is written once Discord has accepted the message, so
 * it never points the channel at a message that does not exist.
 */
export function publishPinnedSummary(input: {
  rest: SummaryRest;
  pins: PinStore;
  channelId: string;
  guildId: string | null;
  corpusHash: string;
  /** The options the summary was made with, kept to remake it when the articles change. */
  options?: Record<string, unknown>;
  /** The story it summarises (its key), whose changes refresh it. */
  story?: string;
  page: DiscordPage;
}): Promise<PublishResult> {
  const { rest, pins, channelId } = input;
  const body = { embeds: input.page.embeds, allowed_mentions: { parse: [] } };
  return pins.oneAtATime(channelId, async () => {
    const save = (messageId: string) =>
      pins.set({
        channelId,
        messageId,
        guildId: input.guildId,
        corpusHash: input.corpusHash,
        updatedAt: new Date().toISOString(),
        options: input.options ?? {},
        ...(input.story ? { story: input.story } : {}),
      });
    const record = await pins.get(channelId);
    let messageId: string | undefined;
    let action: PublishResult['action'] = 'posted';
    try {
      if (record) {
        try {
          await rest.patch(Routes.channelMessage(channelId, record.messageId), { body });
          messageId = record.messageId;
          action = 'updated';
        } catch (err) {
          // Deleted by someone since: post a new one.
          if (apiError(err).code !== UNKNOWN_MESSAGE && apiError(err).status !== 404) throw err;
          await pins.delete(channelId);
        }
      }
      if (!messageId) {
        const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
        messageId = message.id;
        // Recorded before pinning: if the pin fails, the next run edits this message rather than posting another.
        await save(messageId);
      }
      await rest.put(Routes.channelMessagesPin(channelId, messageId), { reason: 'eventdesk /summary pin:true' });
    } catch (err) {
      const { status, code } = apiError(err);
      if (code === MAX_PINS)
        throw new UserError(
          `This channel already has ${MAX_PINS_PER_CHANNEL} pinned messages, the most Discord allows, so I could not pin the summary. ` +
            `It is posted in the channel${messageId ? ` ([here](https://discord.com/channels/${input.guildId ?? '@me'}/${channelId}/${messageId}))` : ''}; ` +
            'unpin a message you no longer need, then run `/summary pin:true` again and I will pin that same message.',
          'refused',
        );
      if (code === MISSING_PERMISSIONS || code === MISSING_ACCESS || status === 403)
        throw new UserError(
          'Discord refused: I lack a permission in this channel (I need **View Channel**, **Send Messages**, **Embed Links** and **Pin Messages**). Ask a server admin to grant them to my role.',
          'forbidden',
        );
      if (code === UNKNOWN_CHANNEL || status === 404) throw new UserError('I cannot reach this channel to post the summary.', 'unavailable');
      throw err;
    }
    await save(messageId);
    return { action, messageId, channelId };
  });
}

export type RefreshOutcome = 'updated' | 'current' | 'gone' | 'forbidden' | 'failed';

/**
 * Edits a channel's pinned summary in place with `page`, made from the corpus
 * `corpusHash`, unless it was made from that corpus already. Never posts or
 * pins: a summary a moderator deleted is forgotten ('gone'), as is one in a
 * channel the bot may no longer see or write to ('forbidden'); any other
 * failure leaves the record for a later try ('failed').
 */
export function refreshPinnedSummary(input: {
  rest: SummaryRest;
  pins: PinStore;
  record: PinRecord;
  corpusHash: string;
  page: () => DiscordPage | Promise<DiscordPage>;
}): Promise<RefreshOutcome> {
  const { rest, pins, record } = input;
  return pins.oneAtATime(record.channelId, async () => {
    // Read again inside the queue: a /summary run just before may have moved the record on.
    const current = await pins.get(record.channelId);
    if (!current) return 'gone';
    if (current.corpusHash === input.corpusHash) return 'current';
    const body = { embeds: (await input.page()).embeds, allowed_mentions: { parse: [] } };
    try {
      await rest.patch(Routes.channelMessage(current.channelId, current.messageId), { body });
    } catch (err) {
      const { status, code } = apiError(err);
      if (code === UNKNOWN_MESSAGE || code === UNKNOWN_CHANNEL || status === 404) {
        await pins.delete(current.channelId);
        return 'gone';
      }
      // The bot lost access to the channel: retrying on every change would only add to Discord's
      // invalid-request count (10,000 per 10 minutes), so the record is retired; /summary pin:true starts anew.
      if (code === MISSING_PERMISSIONS || code === MISSING_ACCESS || status === 403) {
        await pins.delete(current.channelId);
        return 'forbidden';
      }
      return 'failed';
    }
    await pins.set({ ...current, corpusHash: input.corpusHash, updatedAt: new Date().toISOString() });
    return 'updated';
  });
}

/** From this many sources a summary is rendered on a worker thread: at 6,000 the escaping alone takes over 100 ms. */
const OFF_THREAD_SOURCES = 500;

/**
 * Renders summaries as `renderSummary` does, a large one on a worker thread
 * (started on first use, ended by `close`) so the main thread keeps
 * answering; where no worker can run, or it fails, in this thread.
 */
export class SummaryRenderer {
  private worker: Worker | null | undefined;
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (page: DiscordPage) => void; reject: (err: Error) => void }>();
  /** Summaries rendered on the worker, and in this thread. */
  readonly rendered = { worker: 0, here: 0 };

  constructor(private readonly offThreadFrom = OFF_THREAD_SOURCES) {}

  async render(answer: SummaryAnswer): Promise<DiscordPage> {
    const worker = answer.sources.length >= this.offThreadFrom ? this.start() : null;
    if (worker) {
      const id = this.nextId++;
      try {
        const page = await new Promise<DiscordPage>((resolve, reject) => {
          this.waiting.set(id, { resolve, reject });
          worker.postMessage({ id, answer } satisfies RenderRequest);
        });
        this.rendered.worker++;
        return page;
      } catch {
        // rendered here instead
      }
    }
    this.rendered.here++;
    return renderSummary(answer);
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
    this.fail(new Error('closed'));
  }

  private start(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const ext = path.extname(fileURLToPath(import.meta.url));
      const entry = new URL(`./summaryWorker${ext}`, import.meta.url);
      this.worker =
        ext === '.ts' ? new Worker(new URL('../pipeline/tsWorkerBoot.mjs', import.meta.url), { workerData: { entry: entry.href } }) : new Worker(entry);
    } catch {
      this.worker = null;
      return null;
    }
    this.worker.on('message', (reply: RenderReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('page' in reply) waiting?.resolve(reply.page);
      else waiting?.reject(new Error(reply.error));
    });
    // Whatever was waiting is rendered here instead; later summaries too.
    this.worker.on('error', () => undefined);
    this.worker.once('exit', () => {
      this.worker = null;
      this.fail(new Error('the render worker stopped'));
    });
    return this.worker;
  }

  private fail(err: Error): void {
    for (const { reject } of this.waiting.values()) reject(err);
    this.waiting.clear();
  }
}
