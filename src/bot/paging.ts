import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { DiscordPage } from '../render/discord/pages.js';
import { commandButtonId } from './command.js';

export type PageAction = 'first' | 'prev' | 'next' | 'last';
const ACTIONS: readonly string[] = ['first', 'prev', 'next', 'last', 'at'];
const PREFIX = 'eventdesk:page';

export type PageRow = APIActionRowComponent<APIButtonComponent>;

export function pageButtonId(sessionId: string, action: PageAction | 'at'): string {
  return `${PREFIX}:${sessionId}:${action}`;
}

/** The session and action of one of our paging buttons; null for any other custom id. */
export function parsePageButton(customId: string): { sessionId: string; action: PageAction | 'at' } | null {
  const m = /^eventdesk:page:([A-Za-z0-9_-]{1,40}):([a-z]+)$/.exec(customId);
  if (!m || !ACTIONS.includes(m[2]!)) return null;
  return { sessionId: m[1]!, action: m[2] as PageAction | 'at' };
}

/** The page index an action leads to, kept within the pages. */
export function turnPage(index: number, total: number, action: PageAction | 'at'): number {
  const last = Math.max(0, total - 1);
  const next = action === 'first' ? 0 : action === 'prev' ? index - 1 : action === 'next' ? index + 1 : action === 'last' ? last : index;
  return Math.min(last, Math.max(0, next));
}

/**
 * One row of at most five buttons: first, previous, "n / N", next, last
 * (first and last only past two pages). `disabled` greys them all out, as
 * when the buttons expire.
 */
export function pageButtons(sessionId: string, index: number, total: number, disabled = false): PageRow {
  const button = (action: PageAction | 'at', label: string, off: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: action === 'at' ? ButtonStyle.Secondary : ButtonStyle.Primary,
    custom_id: pageButtonId(sessionId, action),
    label,
    disabled: disabled || off,
  });
  const atStart = index <= 0;
  const atEnd = index >= total - 1;
  const components = [
    ...(total > 2 ? [button('first', '⏮', atStart)] : []),
    button('prev', '◀ Prev', atStart),
    button('at', `${index + 1} / ${total}`, true),
    button('next', 'Next ▶', atEnd),
    ...(total > 2 ? [button('last', '⏭', atEnd)] : []),
  ];
  return { type: ComponentType.ActionRow, components };
}

export interface PageSession {
  id: string;
  userId: string;
  command: string;
  pages: DiscordPage[];
  index: number;
  expiresAt: number;
  /** The message's other rows (the command's own buttons, 👍/👎), kept under the page buttons on every turn. */
  extra: PageRow[];
  /** What the "Why?" button shows for a page: the rules behind its items (null: nothing on it is explained). */
  why?: (index: number) => DiscordPage | null;
}

export type TurnResult =
  { kind: 'expired' } | { kind: 'refused'; session: PageSession } | { kind: 'page'; session: PageSession; page: DiscordPage; rows: PageRow[] };

/** The custom id of an answer's "Why?" button: the command's own (`eventdesk:<command>:why:<session>`). */
export const whyButtonId = (command: string, sessionId: string) => commandButtonId(command, 'why', sessionId);

/** The session of a "Why?" button; null for any other custom id. */
export function parseWhyButton(customId: string): { command: string; sessionId: string } | null {
  const m = /^eventdesk:([a-z-]{1,32}):why:([A-Za-z0-9_-]{1,40})$/.exec(customId);
  return m ? { command: m[1]!, sessionId: m[2]! } : null;
}

/** The "Why?" button, alone on its row (the paging row may already hold five). */
export function whyRow(command: string, sessionId: string, disabled = false): PageRow {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: whyButtonId(command, sessionId), label: 'Why?', disabled }],
  };
}

/** A session's rows: the page buttons when there are several pages, the "Why?" button when it has one. */
function rowsOf(session: PageSession, disabled = false): PageRow[] {
  return [
    ...(session.pages.length > 1 ? [pageButtons(session.id, session.index, session.pages.length, disabled)] : []),
    ...(session.why ? [whyRow(session.command, session.id, disabled)] : []),
  ];
}

/** An interaction's token works for 15 minutes from the interaction's creation (Discord's limit). */
export const INTERACTION_TOKEN_MS = 15 * 60_000;
/** The buttons are disabled this long before the token dies, so the disabling edit still gets through. */
const TOKEN_MARGIN_MS = 60_000;

/**
 * The paged answers in flight. Each expires after `ttlMs`: `onExpire` then
 * gets the disabled row to put on the message, and later clicks are told the
 * buttons expired.
 */
export class Pager {
  private readonly sessions = new Map<string, { session: PageSession; timer: NodeJS.Timeout; expire: (rows: PageRow[]) => Promise<void> }>();

  constructor(readonly ttlMs: number) {}

  /**
   * `createdAt` is when Discord created the interaction: its token, which the
   * disabling edit needs, dies 15 minutes after that however long the
   * answer took, so the buttons never outlive it whatever `ttlMs` says.
   */
  open(input: {
    userId: string;
    command: string;
    pages: DiscordPage[];
    createdAt?: number;
    extra?: PageRow[];
    why?: PageSession['why'];
    onExpire: (rows: PageRow[]) => Promise<void>;
  }): {
    session: PageSession;
    rows: PageRow[];
  } {
    const id = randomBytes(9).toString('base64url');
    const now = Date.now();
    const expiresAt = Math.min(now + this.ttlMs, (input.createdAt ?? now) + INTERACTION_TOKEN_MS - TOKEN_MARGIN_MS);
    const session: PageSession = {
      id,
      userId: input.userId,
      command: input.command,
      pages: input.pages,
      index: 0,
      expiresAt,
      extra: input.extra ?? [],
      ...(input.why ? { why: input.why } : {}),
    };
    const timer = setTimeout(() => void this.expire(id), Math.max(0, expiresAt - now));
    timer.unref();
    this.sessions.set(id, { session, timer, expire: input.onExpire });
    return { session, rows: rowsOf(session) };
  }

  turn(sessionId: string, userId: string, action: PageAction | 'at'): TurnResult {
    const entry = this.sessions.get(sessionId);
    if (!entry || entry.session.expiresAt <= Date.now()) return { kind: 'expired' };
    const { session } = entry;
    if (session.userId !== userId) return { kind: 'refused', session };
    session.index = turnPage(session.index, session.pages.length, action);
    return { kind: 'page', session, page: session.pages[session.index]!, rows: rowsOf(session) };
  }

  /** What the "Why?" button of a session shows for the page it is on now; anyone may ask (the answer is theirs alone). */
  why(sessionId: string): { kind: 'expired' } | { kind: 'why'; session: PageSession; page: DiscordPage | null } {
    const entry = this.sessions.get(sessionId);
    if (!entry || entry.session.expiresAt <= Date.now() || !entry.session.why) return { kind: 'expired' };
    return { kind: 'why', session: entry.session, page: entry.session.why(entry.session.index) };
  }

  get size(): number {
    return this.sessions.size;
  }

  private async expire(sessionId: string): Promise<void> {
    const entry = this.sessions.get(sessionId);
    if (!entry) return;
    this.sessions.delete(sessionId);
    clearTimeout(entry.timer);
    const { session } = entry;
    await entry.expire(rowsOf(session, true)).catch(() => undefined);
  }

  /** Expires every session now (on shutdown), disabling their buttons; waits at most `waitMs`. */
  async closeAll(waitMs = 2000): Promise<void> {
    const all = [...this.sessions.keys()].map((id) => this.expire(id));
    await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, waitMs).unref())]);
  }
}
