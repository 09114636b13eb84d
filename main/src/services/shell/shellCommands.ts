import type { ShellCommand } from '#shared/contract/shellContract';

/** The page's long poll for what the shell asks of it, and the shell's side that posts commands. */
export type ShellCommandQueue = Readonly<{
  /** Queues a command for the page (a menu click, a quit request, a file handed to a second launch). */
  post(command: ShellCommand): void;
  /** The page's wait for the next command; a newer wait (a reloaded page) releases the older with `none`. */
  next(): Promise<ShellCommand>;
  /** Whether a page is waiting right now (none while it loads, or after it crashed). */
  readonly listening: boolean;
}>;

/**
 * Main cannot call the page: the preload exposes only `invoke`. So the page keeps one call of
 * `shell:next-command` open and main answers it when something happens. Commands posted while no
 * page waits are kept, in order, for the next wait.
 */
export function createShellCommandQueue(): ShellCommandQueue {
  const pending: ShellCommand[] = [];
  let waiter: ((command: ShellCommand) => void) | null = null;
  return {
    get listening() {
      return waiter !== null;
    },
    post(command) {
      if (waiter !== null) {
        const resolve = waiter;
        waiter = null;
        resolve(command);
      } else {
        pending.push(command);
      }
    },
    next() {
      if (waiter !== null) waiter({ kind: 'none' });
      waiter = null;
      const queued = pending.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise((resolve) => {
        waiter = resolve;
      });
    },
  };
}
