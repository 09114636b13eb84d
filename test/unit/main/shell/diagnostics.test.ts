import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDiagnosticsZip, diagnosticsFileName } from '../../../../main/src/services/shell/diagnostics.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

const readZip = `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    print(json.dumps({n: z.read(n).decode('utf-8') for n in z.namelist()}))
`;

describe('the diagnostics zip', () => {
  it('holds the logs, versions, table counts and sync status, readable by zipfile, without secrets', async () => {
    const root = await mkdtemp(join(tmpdir(), 'kakehashi-diag-'));
    folders.push(root);
    const logs = join(root, 'logs');
    await mkdir(logs);
    await writeFile(join(logs, 'main.log'), '[info] [sync] pulled 3 batches\n');
    // An older file written before redaction existed still gets redacted on the way out.
    await writeFile(join(logs, 'main.1.log'), '[warn] [sync] password=old-secret from sato@example.jp\n');
    await writeFile(join(logs, 'notes.txt'), 'not a log');
    const createdAt = new Date('2026-06-01T09:30:00Z');
    const zip = await buildDiagnosticsZip({
      logsDirectory: logs,
      versions: {
        app: '0.1.0',
        electron: '45.5.0',
        chrome: '142.0.0.0',
        node: '22.20.0',
        platform: 'win32',
        osRelease: '10.0.22631',
        arch: 'x64',
        locale: 'ja',
      },
      page: {
        tableCounts: { companies: 120, visits: 48 },
        sync: {
          configured: true,
          targetKind: 'webdav',
          lastSyncAt: '2026-06-01T09:00:00Z',
          pendingChanges: 2,
          lastError: 'PUT https://user:pw-123456@nas.local/dav failed',
        },
      },
      createdAt,
      fs: { readdir: (dir) => readdir(dir), readFile: (file) => readFile(file) },
    });
    const path = join(root, diagnosticsFileName(createdAt));
    expect(path).toMatch(/kakehashi-diagnostics-2026-06-01-09-30-00\.zip$/);
    await writeFile(path, zip);

    const entries = JSON.parse(execFileSync('python3', ['-c', readZip, path], { encoding: 'utf8' })) as Record<
      string,
      string
    >;
    expect(Object.keys(entries).sort()).toEqual([
      'about.json',
      'database.json',
      'logs/main.1.log',
      'logs/main.log',
      'sync.json',
    ]);
    expect(JSON.parse(entries['about.json'] ?? '')).toMatchObject({
      app: '0.1.0',
      electron: '45.5.0',
      platform: 'win32',
    });
    expect(JSON.parse(entries['database.json'] ?? '')).toEqual({ tableCounts: { companies: 120, visits: 48 } });
    expect(JSON.parse(entries['sync.json'] ?? '')).toMatchObject({ targetKind: 'webdav', pendingChanges: 2 });
    const all = Object.values(entries).join('\n');
    for (const secret of ['pw-123456', 'old-secret', 'sato@example.jp']) expect(all).not.toContain(secret);
    expect(entries['logs/main.log']).toContain('pulled 3 batches');

    if (existsSync('/usr/bin/unzip')) {
      expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toContain('logs/main.log');
    }
  });
});
