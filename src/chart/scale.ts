/** Linear value scale with "nice" ticks (1, 2, 2.5, 5 × 10^k steps) for the y axis. */

export interface NiceScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
  readonly step: number;
}

const STEPS = [1, 2, 2.5, 5, 10];

/** A domain covering [low, high] with about `count` round ticks. */
export function niceScale(low: number, high: number, count = 5): NiceScale {
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  // A flat series still needs a visible range above it.
  if (lo === hi) hi = lo + (Math.abs(lo) || 1);
  const rough = (hi - lo) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = (STEPS.find((s) => s * magnitude >= rough) ?? 10) * magnitude;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  const n = Math.round((max - min) / step);
  for (let i = 0; i <= n; i++) ticks.push(cleanFloat(min + i * step));
  return { min, max, ticks, step };
}

/** 0.30000000000000004 → 0.3, so labels read as written. */
function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}

/** Maps a value in [min, max] to a pixel in [start, end] (end may be above start, as for y). */
export function linear(min: number, max: number, start: number, end: number): (value: number) => number {
  const span = max - min || 1;
  return (value) => start + ((value - min) / span) * (end - start);
}

/** Short tick labels: 1200 → "1.2K", 3e6 → "3M", 0.25 → "0.25". */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  const units: Array<[number, string]> = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of units) {
    if (abs >= size && abs < size * 1000) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return value.toExponential(1);
  return String(Number(value.toPrecision(4)));
}
