import { describe, expect, it } from 'vitest';
import { createShellCommandQueue } from '../../../../main/src/services/shell/shellCommands.ts';

describe('commands from the shell to the page', () => {
  it('answers a waiting page at once and keeps commands for a page that is not waiting yet', async () => {
    const queue = createShellCommandQueue();
    const waiting = queue.next();
    expect(queue.listening).toBe(true);
    queue.post({ kind: 'menu', command: 'new-visit' });
    await expect(waiting).resolves.toEqual({ kind: 'menu', command: 'new-visit' });
    expect(queue.listening).toBe(false);
    queue.post({ kind: 'prepare-quit' });
    queue.post({ kind: 'restore-file', name: 'a.kkbackup' });
    await expect(queue.next()).resolves.toEqual({ kind: 'prepare-quit' });
    await expect(queue.next()).resolves.toEqual({ kind: 'restore-file', name: 'a.kkbackup' });
  });

  it('releases the wait of a page that reloaded, so the command reaches the new page', async () => {
    const queue = createShellCommandQueue();
    const old = queue.next();
    const fresh = queue.next();
    await expect(old).resolves.toEqual({ kind: 'none' });
    queue.post({ kind: 'menu', command: 'print' });
    await expect(fresh).resolves.toEqual({ kind: 'menu', command: 'print' });
  });
});
