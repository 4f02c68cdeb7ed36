import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEALTH_STALE_MS, HealthFile, healthDir, readHealth, type HealthReport } from '../../src/ops/health.js';

const report = (over: Partial<HealthReport> = {}): Omit<HealthReport, 'updatedAt'> => ({
  ready: true,
  reason: null,
  pid: 42,
  shard: null,
  gateway: 'ready',
  corpus: { hash: 'abc', articles: 3, passages: 30 },
  ...over,
});

describe('the health reports under the state folder', () => {
  it('healthy only while every fresh report is ready; a shard reconnecting makes it unhealthy and says which', async () => {
    const state = await mkdtemp(path.join(tmpdir(), 'eventdesk-health-'));
    const a = new HealthFile(state, 'shard-0');
    const b = new HealthFile(state, 'shard-1');
    await a.write(report({ shard: 0 }));
    await b.write(report({ shard: 1, pid: 43 }));
    expect(await readHealth(state)).toMatchObject({ healthy: true, summary: 'ready: shard 0 (pid 42), shard 1 (pid 43), 3 articles (30 passages)' });
    await b.write(report({ shard: 1, pid: 43, ready: false, gateway: 'reconnecting', reason: 'reconnecting' }));
    expect(await readHealth(state)).toMatchObject({ healthy: false, summary: 'not ready: shard 1 (pid 43): reconnecting' });
    await b.stop();
    await b.write(report({ shard: 1 }));
    expect((await readHealth(state)).reports).toHaveLength(1);
  });

  it('a report older than the heartbeat allows is a stopped or hung process, and a corrupt one is ignored', async () => {
    const state = await mkdtemp(path.join(tmpdir(), 'eventdesk-health-'));
    await new HealthFile(state, 'bot-1').write(report());
    const later = Date.now() + HEALTH_STALE_MS + 1_000;
    expect(await readHealth(state, later)).toMatchObject({ healthy: false, summary: expect.stringMatching(/^not running: no bot has reported/) });
    await mkdir(healthDir(state), { recursive: true });
    await writeFile(path.join(healthDir(state), 'bot-2.json'), '{not json');
    expect((await readHealth(state)).reports).toHaveLength(1);
    expect(await readHealth(path.join(state, 'missing'))).toMatchObject({ healthy: false });
  });
});
