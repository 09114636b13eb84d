// `npm run dist`: the installers of this OS (Windows: NSIS per-user + portable, macOS: dmg,
// Linux: AppImage + deb) with electron-builder. `npm run dist -- --dir` makes only the unpacked
// folder, the one target that works offline. See README (Packaging) for what a machine needs.
import { spawnSync } from 'node:child_process';
import { electronDistDir, findElectronBinary } from './electronBinary.mjs';

const found = findElectronBinary();
if ('reason' in found) {
  console.error(`npm run dist needs the Electron binary: ${found.reason}.`);
  console.error('Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder and run it again.');
  console.error('(`npm run dist:check` packs and checks the app offline without it.)');
  process.exit(1);
}
const onlyDir = process.argv.includes('--dir');
const result = spawnSync(
  'npx',
  [
    'electron-builder',
    ...(onlyDir ? ['--dir'] : []),
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDistDir()}`,
  ],
  { stdio: 'inherit', shell: process.platform === 'win32' },
);
process.exit(result.status ?? 1);
