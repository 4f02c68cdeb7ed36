import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * The bot's readiness, as each process reports it: ready once the gateway
 * has sent READY and the corpus is loaded, not ready while the gateway is
 * reconnecting. Each process writes its own small file under the state
 * folder and refreshes it on a heartbeat, so `npm run health` (and a
 * container's HEALTHCHECK) can tell a running, ready bot from a stopped or
 * hung one without a network port.
 */
export const HealthReportSchema = z.object({
  ready: z.boolean(),
  /** Why not ready, in words; null when ready. */
  reason: z.string().nullable(),
  pid: z.number().int(),
  shard: z.number().int().nullable(),
  gateway: z.enum(['connecting', 'ready', 'reconnecting', 'stopped']),
  corpus: z.object({ hash: z.string(), articles: z.number(), passages: z.number() }).nullable(),
  updatedAt: z.string(),
});
export type HealthReport = z.infer<typeof HealthReportSchema>;

/** A report older than this is from a process that stopped or hung. */
export const HEALTH_STALE_MS = 60_000;
export const HEARTBEAT_MS = 15_000;

export const healthDir = (stateDir: string) => path.join(stateDir, 'health');

/** Keeps one process's report on disk, written atomically, until `stop()` removes it. */
export class HealthFile {
  private readonly file: string;
  private timer: NodeJS.Timeout | undefined;
  private last: Omit<HealthReport, 'updatedAt'> | undefined;
  private stopped = false;

  constructor(stateDir: string, name: string) {
    this.file = path.join(healthDir(stateDir), `${name}.json`);
  }

  /** After `stop()`, a no-op: a late event (the gateway closing) must not bring the file back. */
  async write(report: Omit<HealthReport, 'updatedAt'>): Promise<void> {
    if (this.stopped) return;
    this.last = report;
    const body = JSON.stringify({ ...report, updatedAt: new Date().toISOString() });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(tmp, body);
      if (this.stopped) await rm(tmp, { force: true });
      else await rename(tmp, this.file);
    } catch {
      // A state folder that cannot be written costs the health signal, never an answer.
    }
  }

  /** Rewrites the last report every `HEARTBEAT_MS`, so its age shows the process is alive. */
  startHeartbeat(): void {
    this.timer ??= setInterval(() => void (this.last && this.write(this.last)), HEARTBEAT_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    await rm(this.file, { force: true });
  }
}

export interface HealthVerdict {
  healthy: boolean;
  /** One line for a person. */
  summary: string;
  reports: HealthReport[];
}

/** What the reports under the state folder say: healthy when at least one is fresh and every fresh one is ready. */
export async function readHealth(stateDir: string, now = Date.now()): Promise<HealthVerdict> {
  const dir = healthDir(stateDir);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  const reports: HealthReport[] = [];
  for (const name of names) {
    const raw = await readFile(path.join(dir, name), 'utf8').catch(() => '');
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      continue; // half-written by hand or a full disk: not a report
    }
    const parsed = HealthReportSchema.safeParse(json);
    if (parsed.success && now - Date.parse(parsed.data.updatedAt) <= HEALTH_STALE_MS) reports.push(parsed.data);
  }
  if (!reports.length) {
    return { healthy: false, summary: `not running: no bot has reported to ${dir} in the last ${HEALTH_STALE_MS / 1000} s`, reports };
  }
  const notReady = reports.filter((r) => !r.ready);
  const who = (r: HealthReport) => (r.shard === null ? `pid ${r.pid}` : `shard ${r.shard} (pid ${r.pid})`);
  if (notReady.length) {
    return { healthy: false, summary: `not ready: ${notReady.map((r) => `${who(r)}: ${r.reason ?? r.gateway}`).join('; ')}`, reports };
  }
  const c = reports[0]!.corpus;
  const corpus = c ? `, ${c.articles} article${c.articles === 1 ? '' : 's'} (${c.passages} passages)` : '';
  return { healthy: true, summary: `ready: ${reports.map(who).join(', ')}${corpus}`, reports };
}
