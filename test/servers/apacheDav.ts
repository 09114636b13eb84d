import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';

/** A running Apache mod_dav peer on 127.0.0.1. */
export type ApacheDav = Readonly<{
  url: string;
  username: string;
  password: string;
  root: string;
  stop(): Promise<void>;
}>;

const apacheBinary = '/usr/sbin/apache2';
const modules = '/usr/lib/apache2/modules';

/** Why Apache cannot run here, or null when it can. */
export function apacheMissing(): string | null {
  if (!existsSync(apacheBinary) || !existsSync(join(modules, 'mod_dav_fs.so'))) {
    return 'Apache is not installed: run `apt-get install apache2` (the WebDAV tests start a real mod_dav server).';
  }
  return null;
}

function passwordLine(username: string, password: string): string {
  const htpasswd = spawnSync('htpasswd', ['-nbB', username, password], {
    encoding: 'utf8',
  });
  if (htpasswd.status === 0) return htpasswd.stdout.trim();
  // apache2-utils missing: Apache also accepts the {SHA} form, which node:crypto can make.
  return `${username}:{SHA}${createHash('sha1').update(password).digest('base64')}`;
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) {
        reject(new Error(`apache2 exited with ${child.exitCode}: ${log()}`));
        return;
      }
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`apache2 did not listen on ${port}: ${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts Apache 2.4 with mod_dav, basic auth and a fresh DAV root; the caller stops it. */
export async function startApacheDav(options: Readonly<{ username?: string }> = {}): Promise<ApacheDav> {
  const missing = apacheMissing();
  if (missing !== null) throw new Error(missing);
  const base = await mkdtemp(join(tmpdir(), 'kakehashi-apache-'));
  // www-data must be able to walk into the folder that mkdtemp made private.
  await chmod(base, 0o755);
  const root = join(base, 'dav');
  const locks = join(base, 'lock');
  await mkdir(root);
  await mkdir(locks);
  const username = options.username ?? 'coordinator';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  await writeFile(join(base, 'htpasswd'), `${passwordLine(username, password)}\n`);
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const wwwData = spawnSync('id', ['-u', 'www-data'], { encoding: 'utf8' });
    const uid = Number(wwwData.stdout.trim());
    await chown(root, uid, uid);
    await chown(locks, uid, uid);
  }
  const port = await freePort();
  const conf = [
    `ServerRoot ${base}`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...[
      'mpm_event',
      'authz_core',
      'authn_core',
      'authn_file',
      'authz_user',
      'auth_basic',
      'dav',
      'dav_fs',
      'dav_lock',
      'mime',
    ].map((name) => `LoadModule ${name}_module ${modules}/mod_${name}.so`),
    asRoot ? 'User www-data\nGroup www-data' : '',
    `PidFile ${base}/httpd.pid`,
    `ErrorLog ${base}/error.log`,
    `DefaultRuntimeDir ${base}`,
    `DavLockDB ${locks}/DavLock`,
    `DocumentRoot ${root}`,
    'TypesConfig /dev/null',
    'LimitRequestBody 0',
    `<Directory ${root}>`,
    '  Dav On',
    '  AuthType Basic',
    '  AuthName "kakehashi"',
    `  AuthUserFile ${base}/htpasswd`,
    '  Require valid-user',
    '</Directory>',
  ].join('\n');
  await writeFile(join(base, 'httpd.conf'), conf);
  const child = spawn(apacheBinary, ['-f', join(base, 'httpd.conf'), '-DFOREGROUND'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForPort(port, child, () => output);
  } catch (error) {
    child.kill('SIGTERM');
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    username,
    password,
    root,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(base, { recursive: true, force: true });
    },
  };
}
