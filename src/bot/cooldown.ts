/**
 * A per-user sliding window: at most `limit` uses in `windowMs`. Stops one
 * user hammering a command long before Discord's own rate limits would ban
 * the bot; the refusal says how long to wait.
 */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(userId: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const t = this.now();
    const recent = (this.uses.get(userId) ?? []).filter((u) => t - u < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(userId, recent);
      return { ok: false, retryAfterMs: Math.max(1, recent[0]! + this.windowMs - t) };
    }
    recent.push(t);
    this.uses.set(userId, recent);
    if (this.uses.size > 10_000) this.prune(t);
    return { ok: true };
  }

  private prune(t: number): void {
    for (const [user, times] of this.uses) if (times.every((u) => t - u >= this.windowMs)) this.uses.delete(user);
  }
}

export function cooldownMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up with. Give it ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`;
}
