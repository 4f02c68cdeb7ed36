import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticlesReply, ArticlesRequest, BuildReply, BuildRequest, ChangedArticles } from './buildProtocol.js';

export type BuildDone = Extract<BuildReply, { ok: true }>;

/**
 * A build worker thread (buildWorker.ts), kept warm between builds for
 * `idleMs`: a corpus that changes every few minutes is rebuilt by a worker
 * that has its code loaded and compiled and its articles' segments in memory,
 * so one article added costs that article and the passes over the corpus,
 * not a worker's start. Idle longer, the worker ends and gives its memory
 * back; the next build starts another. One build at a time.
 */
export class Builder {
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly idleMs = 120_000) {}

  /** Whether the worker is running (started and not yet idle long enough to exit). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  /** Builds on the worker; null when it cannot run here or fails (the caller then builds in process). */
  build(request: BuildRequest): Promise<BuildDone | null> {
    return this.queue(request) as Promise<BuildDone | null>;
  }

  /** A few articles read on the worker (delta.ts); null when it cannot run here or fails. */
  articles(request: Omit<ArticlesRequest, 'kind'>): Promise<ChangedArticles | null> {
    return this.queue({ kind: 'articles', ...request }) as Promise<ChangedArticles | null>;
  }

  private queue(request: BuildRequest | ArticlesRequest): Promise<unknown> {
    const next = this.running.then(() => this.ask(request));
    this.running = next.catch(() => undefined);
    return next;
  }

  private ask(request: BuildRequest | ArticlesRequest): Promise<BuildDone | ChangedArticles | null> {
    clearTimeout(this.idle);
    let worker: Worker;
    try {
      worker = this.worker ??= startWorker();
    } catch {
      return Promise.resolve(null);
    }
    worker.ref();
    return new Promise((resolve) => {
      const onMessage = (reply: BuildReply | ArticlesReply) => {
        worker.off('exit', onExit);
        if (!reply.ok) void this.close();
        else this.waitIdle();
        resolve(reply.ok ? (reply as BuildDone | ChangedArticles) : null);
      };
      const onExit = () => {
        worker.off('message', onMessage);
        if (this.worker === worker) this.worker = undefined;
        resolve(null);
      };
      worker.once('message', onMessage);
      worker.once('exit', onExit);
      worker.postMessage({ ...request, remember: this.idleMs > 0 } satisfies BuildRequest);
    });
  }

  private waitIdle(): void {
    const worker = this.worker;
    if (!worker) return;
    // Idle, the worker does not keep the process alive.
    worker.unref();
    if (this.idleMs <= 0) return;
    this.idle = setTimeout(() => void this.close(), this.idleMs);
    this.idle.unref();
  }

  /** Ends the worker (if any); resolves once it has exited, its memory given back. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate().catch(() => undefined);
  }
}

function startWorker(): Worker {
  const ext = path.extname(fileURLToPath(import.meta.url));
  const entry = new URL(`./buildWorker${ext}`, import.meta.url);
  const worker = ext === '.ts' ? new Worker(new URL('./tsWorkerBoot.mjs', import.meta.url), { workerData: { entry: entry.href } }) : new Worker(entry);
  worker.on('error', () => undefined); // followed by 'exit'
  return worker;
}
