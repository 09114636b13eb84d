import type { ReactNode } from 'react';
import type { HandoutSeedPage } from '#shared/handout/handoutModel';

/** How many columns a list of seeds needs so that up to ~60 seeds still fit one page. */
export function seedColumns(count: number): number {
  if (count > 24) return 3;
  if (count > 10) return 2;
  return 1;
}

/** The numbered seed titles; with `checkbox`, each has an empty box to tick (consultation form). */
export function SeedIndex({
  seeds,
  checkbox = false,
}: Readonly<{ seeds: readonly HandoutSeedPage[]; checkbox?: boolean }>): ReactNode {
  return (
    <ol className={`seed-index columns-${seedColumns(seeds.length)}${checkbox ? ' with-boxes' : ''}`}>
      {seeds.map((seed) => (
        <li key={seed.seedId}>
          {checkbox && <span className="tick-box" aria-hidden="true" />}
          <span className="seed-index-number">{seed.number}</span>
          <span className="seed-index-title" lang={seed.titleInJapanese ? 'ja' : undefined}>
            {seed.title}
          </span>
        </li>
      ))}
    </ol>
  );
}
