import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { DiscordPage } from '../render/discord/pages.js';

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
}

export type TurnResult =
  { kind: 'expired' } | { kind: 'refused'; session: PageSession } | { kind: 'page'; session: PageSession; page: DiscordPage; row: PageRow };

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
  private readonly sessions = new Map<string, { session: PageSession; timer: NodeJS.Timeout; expire: (row: PageRow) => Promise<void> }>();

  constructor(readonly ttlMs: number) {}

  /**
   * `createdAt` is when Discord created the interaction: its token, which the
   * disabling edit needs, dies 15 minutes after that however long the
   * answer took, so the buttons never outlive it whatever `ttlMs` says.
   */
  open(input: { userId: string; command: string; pages: DiscordPage[]; createdAt?: number; extra?: PageRow[]; onExpire: (row: PageRow) => Promise<void> }): {
    session: PageSession;
    row: PageRow;
  } {
    const id = randomBytes(9).toString('base64url');
    const now = Date.now();
    const expiresAt = Math.min(now + this.ttlMs, (input.createdAt ?? now) + INTERACTION_TOKEN_MS - TOKEN_MARGIN_MS);
    const session: PageSession = { id, userId: input.userId, command: input.command, pages: input.pages, index: 0, expiresAt, extra: input.extra ?? [] };
    const timer = setTimeout(() => void this.expire(id), Math.max(0, expiresAt - now));
    timer.unref();
    this.sessions.set(id, { session, timer, expire: input.onExpire });
    return { session, row: pageButtons(id, 0, input.pages.length) };
  }

  turn(sessionId: string, userId: string, action: PageAction | 'at'): TurnResult {
    const entry = this.sessions.get(sessionId);
    if (!entry || entry.session.expiresAt <= Date.now()) return { kind: 'expired' };
    const { session } = entry;
    if (session.userId !== userId) return { kind: 'refused', session };
    session.index = turnPage(session.index, session.pages.length, action);
    return { kind: 'page', session, page: session.pages[session.index]!, row: pageButtons(session.id, session.index, session.pages.length) };
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
    await entry.expire(pageButtons(session.id, session.index, session.pages.length, true)).catch(() => undefined);
  }

  /** Expires every session now (on shutdown), disabling their buttons; waits at most `waitMs`. */
  async closeAll(waitMs = 2000): Promise<void> {
    const all = [...this.sessions.keys()].map((id) => this.expire(id));
    await Promise.race([Promise.all(all), new Promise((r) => setTimeout(r, waitMs).unref())]);
  }
}
