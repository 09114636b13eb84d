import nodeLog from 'electron-log/node';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppLog, type ElectronLogLike } from '../../../../main/src/services/shell/appLog.ts';
import { redact } from '../../../../main/src/services/shell/logRedaction.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

let count = 0;
async function openLog(maxBytes?: number) {
  const directory = await mkdtemp(join(tmpdir(), 'kakehashi-logs-'));
  folders.push(directory);
  count += 1;
  const logger = nodeLog.create({ logId: `test-${count}` }) as unknown as ElectronLogLike;
  const log = createAppLog({
    logger,
    directory,
    fs: { existsSync, renameSync, rmSync },
    ...(maxBytes === undefined ? {} : { maxBytes, keep: 2 }),
  });
  return { log, directory, file: join(directory, 'main.log') };
}

// Values that must never reach a log file, whatever the code around a log call does.
const passphrase = 'ユズ畑の秋 correct horse battery';
const secrets = [
  passphrase,
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAIOSFODNN7EXAMPLE',
  'nas-pass-1234',
  'sato.hanako@ja-okitama.example.jp',
  '0238-22-1234',
  '090-1234-5678',
  'dGhpcyBpcyBhIHdyYXBwZWQga2V5IHRoYXQgaXMgbG9uZw==',
  'hanako',
];

describe('the app log', () => {
  it('writes levels and scopes to main.log and never a passphrase, credential or personal datum', async () => {
    const { log, file } = await openLog();
    log.addSecret(passphrase);
    log.info('sync', 'team unlocked with', passphrase);
    log.warn('sync', 'S3 refused', { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secrets[1], bucket: 'kk' });
    log.error('sync', 'WebDAV failed at https://coordinator:nas-pass-1234@nas.local/dav/kakehashi: 401');
    log.info('sync', 'config {"passphrase":"other words here","kind":"folder"} password=hunter22');
    log.info('page:visits', 'contact sato.hanako@ja-okitama.example.jp tel 0238-22-1234 / 090-1234-5678');
    log.info('sync', `wrapped key ${secrets[7]}`);
    log.error('main', new Error('cannot open /home/hanako/.config/Kakehashi/settings.json'));
    log.debug('sync', 'debug lines are not written outside development');
    const text = await readFile(file, 'utf8');
    for (const secret of [...secrets, 'other words here', 'hunter22']) expect(text).not.toContain(secret);
    expect(text).toMatch(/\[info\]\s+\[sync\] team unlocked with \[redacted\]/);
    expect(text).toMatch(/\[warn\]\s+\[sync\] S3 refused .*"bucket":"kk"/);
    expect(text).toMatch(/\[error\] \[sync\] WebDAV failed at https:\/\/\[redacted\]@nas\.local\/dav\/kakehashi: 401/);
    expect(text).toContain('/home/[user]/.config/Kakehashi/settings.json');
    expect(text).not.toContain('debug lines');
  });

  it('rotates by size and keeps only the newest files', async () => {
    const { log, directory } = await openLog(400);
    for (let n = 0; n < 40; n += 1) log.info('test', `line ${String(n).padStart(3, '0')} ${'x'.repeat(40)}`);
    expect(readdirSync(directory).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    const newest = await readFile(join(directory, 'main.log'), 'utf8');
    expect(newest).toContain('line 039');
    const older = await readFile(join(directory, 'main.1.log'), 'utf8');
    expect(older).not.toContain('line 039');
  });
});

describe('redaction', () => {
  it('keeps content hashes, ids and counts readable', () => {
    const hash = 'a'.repeat(64);
    expect(redact(`blob ${hash} of 01J8Z3K4M5N6P7Q8R9S0T1V2W3, 12 records`)).toBe(
      `blob ${hash} of 01J8Z3K4M5N6P7Q8R9S0T1V2W3, 12 records`,
    );
    expect(redact('Authorization: Basic Y29vcmQ6c2VjcmV0')).toBe('Authorization: Basic [redacted]');
    expect(redact('C:\\Users\\sato\\AppData\\Roaming\\Kakehashi')).toBe(
      'C:\\Users\\[user]\\AppData\\Roaming\\Kakehashi',
    );
    expect(redact('〒992-0012 米沢市')).toBe('[postal] 米沢市');
  });
});
