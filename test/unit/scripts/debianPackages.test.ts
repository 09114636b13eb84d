import { describe, expect, it } from 'vitest';
import { debianPackages, packagesFor, planInstall } from '../../../scripts/debianPackages.mjs';

describe('the Debian packages of npm start and npm test', () => {
  it('installs only as root on Debian, and only when not turned off', () => {
    const missing = ['chromium', 'fonts-noto-cjk'];
    expect(planInstall({ missing, debian: true, root: true, noInstall: false })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
      ],
    });
    expect(planInstall({ missing, debian: true, root: false, noInstall: false })).toEqual({
      action: 'print',
      command: 'sudo apt-get install chromium fonts-noto-cjk',
      reason: 'installing needs root',
    });
    expect(planInstall({ missing, debian: true, root: true, noInstall: true })).toMatchObject({
      action: 'print',
      reason: 'KAKEHASHI_NO_INSTALL=1 is set',
    });
    expect(planInstall({ missing, debian: false, root: true, noInstall: false })).toMatchObject({ action: 'print' });
    expect(planInstall({ missing: [], debian: true, root: true, noInstall: false })).toEqual({ action: 'none' });
  });

  it('keeps one list: the tests need everything npm start needs, and CI needs nothing else', () => {
    expect(packagesFor('start')).toEqual(['chromium', 'chromium-l10n', 'fonts-noto-cjk', 'xvfb']);
    expect(packagesFor('test')).toEqual(debianPackages.map((entry) => entry.name));
    for (const name of packagesFor('start')) expect(packagesFor('test')).toContain(name);
  });
});
