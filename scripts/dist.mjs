// Packages the app with electron-builder (directory target, which works offline).
import { spawnSync } from 'node:child_process';
import { electronDistDir, findElectronBinary } from './electronBinary.mjs';

const found = findElectronBinary();
if ('reason' in found) {
  console.error(`npm run dist needs the Electron binary: ${found.reason}.`);
  console.error('Set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 folder and run it again.');
  process.exit(1);
}
const result = spawnSync(
  'npx',
  ['electron-builder', '--dir', '--config', 'electron-builder.yml', `-c.electronDist=${electronDistDir()}`],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
