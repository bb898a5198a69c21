// A budget of issue 8 as bench:web prints it: what was measured, against what, and whether it is within.
export interface Budget {
  name: string;
  /** The measured figure, in words ("59.8 frames/s, p99 18.2 ms"). */
  figure: string;
  /** The budget, in words ("58 frames/s or more, p99 20 ms or less"). */
  budget: string;
  ok: boolean;
}

export const verdict = (b: Budget): string => `${b.ok ? 'ok         ' : 'OVER BUDGET'}  ${b.name}: ${b.figure}; budget ${b.budget}`;

/** The value at quantile q (0..1) of a list of numbers, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const ms = (n: number): string => `${n.toFixed(1)} ms`;
