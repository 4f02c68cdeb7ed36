export interface LatencyStats {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentiles of a list of milliseconds. */
export function latencyStats(samples: number[]): LatencyStats {
  if (!samples.length) return { count: 0, p50: NaN, p99: NaN, mean: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    max: round(sorted.at(-1)!),
  };
}

export function median(values: number[]): number {
  return latencyStats(values).p50;
}

export const MB = 1024 * 1024;

export function toMB(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
