/**
 * Hybrid logical clock: `<ms>-<counter>-<device>`. Milliseconds and counter are zero-padded so
 * that, for one device, string order equals time order; across devices `compareHlc` breaks ties
 * by device id.
 */
export type HlcTimestamp = Readonly<{ ms: number; counter: number; device: string }>;

/** A formatted HLC string, e.g. `0001764547200000-00000-dev01`. */
export type Hlc = string;

const pattern = /^(\d{16})-(\d{5})-([A-Za-z0-9_]{1,64})$/;
const maxCounter = 99_999;

/** Formats a timestamp as a sortable HLC string. */
export function formatHlc({ ms, counter, device }: HlcTimestamp): Hlc {
  return `${String(ms).padStart(16, '0')}-${String(counter).padStart(5, '0')}-${device}`;
}

/** Parses an HLC string, or returns null when it is not one. */
export function parseHlc(value: string): HlcTimestamp | null {
  const match = pattern.exec(value);
  if (match === null) return null;
  return { ms: Number(match[1]), counter: Number(match[2]), device: match[3] ?? '' };
}

/** Orders two HLCs: time first, then counter, then device id (the tie-break). */
export function compareHlc(a: Hlc, b: Hlc): number {
  const left = parseHlc(a);
  const right = parseHlc(b);
  if (left === null || right === null) throw new Error(`not an HLC: ${left === null ? a : b}`);
  if (left.ms !== right.ms) return left.ms < right.ms ? -1 : 1;
  if (left.counter !== right.counter) return left.counter < right.counter ? -1 : 1;
  if (left.device === right.device) return 0;
  return left.device < right.device ? -1 : 1;
}

/** What `observe` decided about a remote timestamp. */
export type ObserveResult =
  Readonly<{ accepted: true }> | Readonly<{ accepted: false; reason: 'far-future' | 'malformed' }>;

/** A device's clock. */
export type HlcClock = Readonly<{
  /** A new timestamp, later than every one this clock issued or accepted. */
  tick(): Hlc;
  /** Moves the clock past a remote timestamp, unless it lies too far in the future. */
  observe(remote: Hlc): ObserveResult;
  /** The last timestamp issued or observed (to persist across restarts). */
  last(): Hlc;
}>;

/** What a clock needs: its device id, the wall clock, and how far ahead a peer may be. */
export type HlcClockOptions = Readonly<{
  device: string;
  now: () => number;
  /** The last HLC persisted by this device, so a restart never goes backwards. */
  last?: Hlc;
  /** Remote timestamps more than this ahead of the wall clock are refused (default one day). */
  maxDriftMs?: number;
}>;

/** Creates a device's hybrid logical clock. */
export function createHlcClock(options: HlcClockOptions): HlcClock {
  const maxDrift = options.maxDriftMs ?? 24 * 60 * 60 * 1000;
  if (!/^[A-Za-z0-9_]{1,64}$/.test(options.device)) throw new Error(`invalid device id: ${options.device}`);
  const restored = options.last === undefined ? null : parseHlc(options.last);
  let ms = restored?.ms ?? 0;
  let counter = restored?.counter ?? 0;

  const advance = (remoteMs: number, remoteCounter: number) => {
    const wall = options.now();
    const nextMs = Math.max(ms, remoteMs, wall);
    if (nextMs === ms && nextMs === remoteMs) counter = Math.max(counter, remoteCounter) + 1;
    else if (nextMs === ms) counter += 1;
    else if (nextMs === remoteMs) counter = remoteCounter + 1;
    else counter = 0;
    ms = nextMs;
    // A burst of more ticks than the counter holds within one millisecond borrows the next one.
    if (counter > maxCounter) {
      ms += 1;
      counter = 0;
    }
  };

  return {
    tick() {
      advance(0, 0);
      return formatHlc({ ms, counter, device: options.device });
    },
    observe(remote) {
      const parsed = parseHlc(remote);
      if (parsed === null) return { accepted: false, reason: 'malformed' };
      if (parsed.ms > options.now() + maxDrift) return { accepted: false, reason: 'far-future' };
      advance(parsed.ms, parsed.counter);
      return { accepted: true };
    },
    last: () => formatHlc({ ms, counter, device: options.device }),
  };
}
