import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Where the time went in a run: the heaviest functions from V8 CPU profiles (node --cpu-prof). */
export interface ProfileSummary {
  /** Sampled milliseconds, all threads (the main thread and a build worker), idle excluded. */
  totalMs: number;
  /** Time in each function itself. */
  self: Array<{ frame: string; ms: number; share: number }>;
  /** Time in each project function and everything it called. */
  inclusive: Array<{ frame: string; ms: number; share: number }>;
}

/** A V8 CPU profile, as node --cpu-prof writes it and the inspector's Profiler.stop returns it (times in µs). */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

function frameName(cf: CpuProfile['nodes'][number]['callFrame']): string {
  const where = cf.url.replace(/^.*\/(node_modules\/[^/]+|src)\//, '$1/').replace(/^file:\/\//, '');
  return `${cf.functionName || '(anonymous)'}${where ? ` ${where}:${cf.lineNumber + 1}` : ''}`;
}

/** Sums every .cpuprofile in `dir` into the top `top` frames. */
export function summarizeProfiles(dir: string, top = 12): ProfileSummary {
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile);
  return summarizeCpuProfiles(profiles, top);
}

/**
 * The top `top` frames of `profiles`; with `window` (µs, on the profiles' clock, which is process.hrtime's),
 * of the samples taken within it only: what ran in one stall.
 */
export function summarizeCpuProfiles(profiles: CpuProfile[], top = 12, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const perNode = new Map<number, number>();
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (window && (at < window.fromUs || at > window.toUs)) return;
      perNode.set(id, (perNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    });
    for (const [id, us] of perNode) {
      const node = byId.get(id);
      if (!node || IDLE.has(node.callFrame.functionName)) continue;
      total += us;
      const name = frameName(node.callFrame);
      self.set(name, (self.get(name) ?? 0) + us);
      // Each project function on the stack once, however deep the recursion.
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const cf = byId.get(cur)!.callFrame;
        // The bench's own frames (the harness, the baseline) would head every list: project code only.
        if (!cf.url.includes('/src/') || cf.url.includes('/src/bench/')) continue;
        const frame = frameName(cf);
        if (seen.has(frame)) continue;
        seen.add(frame);
        inclusive.set(frame, (inclusive.get(frame) ?? 0) + us);
      }
    }
  }
  const rank = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, us]) => ({ frame, ms: Math.round(us / 1000), share: Math.round((1000 * us) / Math.max(total, 1)) / 10 }));
  return { totalMs: Math.round(total / 1000), self: rank(self), inclusive: rank(inclusive) };
}
