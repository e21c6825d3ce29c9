// The benchmark harness: each bench/*.bench.ts exports a Bench; run.ts runs them
// all against one scratch database and prints every figure beside its baseline
// measured in the same run.
import { performance } from "node:perf_hooks";

export interface Measurement {
  p50: number;
  p95: number;
  runs: number;
}

export interface BenchRow {
  name: string;
  /** What the figure is: latency (ms) or a throughput. */
  value: string;
  baselineName?: string;
  baseline?: string;
  ratio?: number;
  target?: string;
  ok?: boolean;
}

export interface BenchContext {
  /** A migrated, empty scratch database. */
  url: string;
  log: (line: string) => void;
}

export interface Bench {
  name: string;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and reports p50/p95 in ms. */
export async function measure(fn: () => Promise<unknown>, runs = 30, warmup = 3): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
}

export const ms = (m: Measurement) => `p50 ${m.p50.toFixed(1)} ms · p95 ${m.p95.toFixed(1)} ms`;

/** A latency row beside its baseline; the ratio compares p50s. */
export function compare(
  name: string,
  m: Measurement,
  baselineName: string,
  b: Measurement,
  maxRatio?: number,
): BenchRow {
  const ratio = m.p50 / b.p50;
  return {
    name,
    value: ms(m),
    baselineName,
    baseline: ms(b),
    ratio,
    ...(maxRatio ? { target: `≤ ${maxRatio}×`, ok: ratio <= maxRatio } : {}),
  };
}

/** Samples the process's resident memory while `fn` runs; returns the peak in MiB. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMiB: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
