import nodeLog from 'electron-log/node';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLog, type ElectronLogLike } from '../../../../main/src/services/shell/appLog.ts';
import { createMainErrorReporter, rendererGoneAction } from '../../../../main/src/services/shell/crashHandling.ts';

describe('crash handling', () => {
  it('offers a reload for every renderer end but a clean exit', () => {
    for (const reason of ['crashed', 'killed', 'oom', 'launch-failed', 'integrity-failure', 'abnormal-exit']) {
      expect(rendererGoneAction(reason)).toBe('offer-reload');
    }
    expect(rendererGoneAction('clean-exit')).toBe('nothing');
  });

  it('logs an uncaught error of main and shows it once the app can show something', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'kakehashi-crash-'));
    try {
      const log = createAppLog({
        logger: nodeLog.create({ logId: 'crash-test' }) as unknown as ElectronLogLike,
        directory,
        fs: { existsSync, renameSync, rmSync },
      });
      const shown: string[] = [];
      let ready = false;
      const report = createMainErrorReporter({ log, canShow: () => ready, show: (message) => shown.push(message) });
      report(new Error('before the window: token=abc123secret'));
      ready = true;
      report(new Error('settings store unavailable'));
      expect(shown).toEqual(['settings store unavailable']);
      const text = await readFile(join(directory, 'main.log'), 'utf8');
      expect(text).toMatch(/\[error\]\s+\[main\] uncaught error Error: before the window: token=\[redacted\]/);
      expect(text).toContain('settings store unavailable');
      expect(text).not.toContain('abc123secret');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
