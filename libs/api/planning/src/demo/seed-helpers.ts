import { parsePeriod, type Period } from '@oogo/shared-domain';

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same demo figures on every run,
 * so screenshots, tests and conversations about the demo plan stay comparable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The CBS year period (`2023JJ00`) with its first and last day. */
export function yearPeriod(year: number): Period {
  const period = parsePeriod(String(year));
  if (!period) throw new RangeError(`No CBS period for year ${year}`);
  return period;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The mean of no values');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Integers `from` up to and including `to`. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}
