/** What every benchmark suite receives from the runner. */
export type BenchContext = Readonly<{
  /** Where the production renderer build is served. */
  baseUrl: string;
  /** Prints one figure as `name: value unit`. */
  report(name: string, value: number, unit: string): void;
}>;

/** A benchmark suite: a module in bench/suites exporting `run`. */
export type BenchSuite = Readonly<{ run(context: BenchContext): Promise<void> }>;

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
