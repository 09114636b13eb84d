// `npm run dist:check` (part of npm test): packs the app with electron-builder's `dir` target,
// offline, against a stand-in Electron folder, then checks what would ship: the archive's files,
// that no devDependency, test or source map is in it, the fuses flipped in the binary, and the
// installer settings of electron-builder.yml. The real installers need `npm run dist` (README).
import { listPackage, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const failures = [];
const checked = [];
const check = (ok, what) => (ok ? checked.push(what) : failures.push(what));

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

if (!existsSync(join(root, 'dist/main/main.js'))) {
  console.error('dist:check needs the build: run `npm run build` first.');
  process.exit(1);
}

// --- electron-builder.yml: what the installers promise ---------------------------------------
check(config.appId === 'jp.kakehashi.app' && config.productName === 'Kakehashi', 'app id and product name');
check(config.asar === true, 'asar on');
check(config.publish === null, 'no publishing (publish: null)');
const targets = (platform) => [config[platform]?.target].flat().map((t) => (typeof t === 'string' ? t : t?.target));
check(JSON.stringify(targets('win')) === '["nsis","portable"]', 'Windows: NSIS installer and portable build');
check(
  config.nsis?.oneClick === false && config.nsis?.perMachine === false && config.nsis?.allowElevation === false,
  'NSIS per-user, no administrator rights (oneClick: false, perMachine: false, allowElevation: false)',
);
check(config.nsis?.allowToChangeInstallationDirectory === true, 'NSIS lets the user choose the folder');
check(JSON.stringify(targets('mac')) === '["dmg"]', 'macOS: dmg');
check(JSON.stringify(targets('linux')) === '["AppImage","deb"]', 'Linux: AppImage and deb');
check(
  (config.fileAssociations ?? []).some((association) => association.ext === 'kkbackup'),
  'file association for .kkbackup',
);
for (const [platform, icon] of [
  ['win', config.win?.icon],
  ['mac', config.mac?.icon],
  ['linux', config.linux?.icon],
]) {
  check(typeof icon === 'string' && existsSync(join(root, 'assets', icon)), `${platform} icon in assets/ (${icon})`);
}

// --- a stand-in Electron: a file carrying Electron's fuse sentinel and a default fuse wire ------
const work = await mkdtemp(join(tmpdir(), 'kakehashi-dist-check-'));
const electronDist = join(work, 'electron');
await mkdir(join(electronDist, 'resources'), { recursive: true });
// Electron 45's fuse wire (version 1, eight fuses) as shipped: RunAsNode, NODE_OPTIONS, --inspect and
// file:// privileges on; cookie encryption, asar integrity, asar-only and the browser snapshot off.
const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX', 'ascii');
const shippedWire = Buffer.from('10110001', 'ascii');
await writeFile(
  join(electronDist, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for the Electron binary"\nexit 1\n'),
    sentinel,
    Buffer.from([1, 8]),
    shippedWire,
  ]),
);
await chmod(join(electronDist, 'electron'), 0o755);
await writeFile(join(electronDist, 'version'), electronVersion);

try {
  const output = join(work, 'release');
  await build({
    targets: Platform.LINUX.createTarget('dir'),
    projectDir: root,
    publish: 'never',
    config: {
      ...config,
      electronDist,
      electronVersion,
      npmRebuild: false,
      directories: { ...config.directories, output },
    },
  });
  const appDir = join(output, 'linux-unpacked');
  const asarPath = join(appDir, 'resources', 'app.asar');
  check(existsSync(asarPath), 'the app is packed into resources/app.asar');
  const files = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/'));

  // --- what is in the archive ------------------------------------------------------------------
  for (const required of [
    '/dist/main/main.js',
    '/dist/preload/preload.cjs',
    '/dist/renderer/index.html',
    '/package.json',
  ]) {
    check(files.includes(required), `packed: ${required.slice(1)}`);
  }
  const packedPkg = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
  check(
    packedPkg.main === 'dist/main/main.js' && files.includes(`/${packedPkg.main}`),
    `package.json main points at the bundle (${packedPkg.main})`,
  );
  check(!files.some((file) => file.endsWith('.map')), 'no source maps');
  check(
    !files.some(
      (file) =>
        /(^|\/)(test|tests|__tests__)\//.test(file.replace(/^\/node_modules\/.*$/, '')) ||
        /\.(test|spec|e2e)\.[cm]?[jt]sx?$/.test(file),
    ),
    'no tests',
  );
  check(
    !files.some((file) => /^\/(main|renderer|shared|preload|scripts|test|bench)\//.test(file)),
    'no source folders',
  );

  // Every packed package must be reachable from a runtime dependency; devDependencies are not.
  const reachable = new Set();
  const visit = (name, from) => {
    const candidates = [join(from, 'node_modules', name), join(root, 'node_modules', name)];
    const dir = candidates.find((candidate) => existsSync(join(candidate, 'package.json')));
    if (dir === undefined || reachable.has(dir)) return;
    reachable.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dep of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dep, dir);
  };
  for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, root);
  const runtimeNames = new Set([...reachable].map((dir) => dir.split('node_modules/').pop()));
  const packedNames = new Set(
    files
      .filter((file) => file.startsWith('/node_modules/'))
      .map((file) => file.split('/').slice(2))
      .map((parts) => (parts[0]?.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]))
      .filter((name) => name !== undefined && name !== '' && !(name.startsWith('@') && !name.includes('/'))),
  );
  const devOnly = Object.keys(pkg.devDependencies ?? {}).filter(
    (name) => packedNames.has(name) && !runtimeNames.has(name),
  );
  check(devOnly.length === 0, `no devDependencies packed${devOnly.length > 0 ? ` (found ${devOnly.join(', ')})` : ''}`);
  const strays = [...packedNames].filter((name) => !runtimeNames.has(name));
  check(
    strays.length === 0,
    `only runtime dependencies packed (${packedNames.size} packages)${strays.length > 0 ? `; not needed: ${strays.join(', ')}` : ''}`,
  );
  for (const bundled of ['react', 'react-dom', 'dexie', 'i18next', 'flexsearch']) {
    check(!packedNames.has(bundled), `renderer library ${bundled} is bundled, not shipped as node_modules`);
  }

  // --- the fuses, read back from the packed binary ------------------------------------------------
  const wire = await getCurrentFuseWire(join(appDir, 'kakehashi'));
  const expected = {
    RunAsNode: false,
    EnableCookieEncryption: true,
    EnableNodeOptionsEnvironmentVariable: false,
    EnableNodeCliInspectArguments: false,
    EnableEmbeddedAsarIntegrityValidation: true,
    OnlyLoadAppFromAsar: true,
  };
  for (const [name, on] of Object.entries(expected)) {
    const state = wire[FuseV1Options[name]];
    check(state === (on ? 49 : 48), `fuse ${name} ${on ? 'on' : 'off'} in the packed binary`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

for (const line of checked) console.log(`  ✓ ${line}`);
for (const line of failures) console.error(`  ✗ ${line}`);
console.log(
  `dist:check: ${checked.length} checks passed, ${failures.length} failed, in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
    `(electron-builder dir target against a stand-in Electron ${electronVersion}).`,
);
process.exit(failures.length === 0 ? 0 : 1);
