// Timing helpers: warm-up, interleaved repetitions, medians. Progress goes to stderr so stdout stays one JSON object.
import { performance } from 'node:perf_hooks';

/** One timed sample in ms; setup and teardown around it are the caller's business. */
export type Sample = () => Promise<number>;

export interface Comparison {
  medianMs: number;
  baselineMedianMs: number;
  /** measured / baseline: how much the app's code path costs over raw better-sqlite3 on the same rows. */
  ratio: number;
  samplesMs: number[];
  baselineSamplesMs: number[];
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times a synchronous or asynchronous call. */
export function timed(fn: () => unknown): Sample {
  return async () => {
    const start = performance.now();
    await fn();
    return performance.now() - start;
  };
}

/** Runs both sides alternately (so drift and GC hit both alike), after warm-up runs that are discarded. */
export async function compare(
  label: string,
  measured: Sample,
  baseline: Sample,
  opts: { warmup: number; repetitions: number },
): Promise<Comparison> {
  for (let i = 0; i < opts.warmup; i++) {
    await baseline();
    await measured();
  }
  const samplesMs: number[] = [];
  const baselineSamplesMs: number[] = [];
  for (let i = 0; i < opts.repetitions; i++) {
    if (i % 2 === 0) {
      baselineSamplesMs.push(await baseline());
      samplesMs.push(await measured());
    } else {
      samplesMs.push(await measured());
      baselineSamplesMs.push(await baseline());
    }
  }
  const medianMs = median(samplesMs);
  const baselineMedianMs = median(baselineSamplesMs);
  const result = {
    medianMs: round(medianMs),
    baselineMedianMs: round(baselineMedianMs),
    ratio: round(medianMs / baselineMedianMs),
    samplesMs: samplesMs.map((s) => round(s)),
    baselineSamplesMs: baselineSamplesMs.map((s) => round(s)),
  };
  log(`${label}: median ${result.medianMs} ms, baseline ${result.baselineMedianMs} ms, ratio ${result.ratio}`);
  return result;
}
