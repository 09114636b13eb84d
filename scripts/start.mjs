// Launches the built app in Electron, or explains how to run it without the Electron binary.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electronBinary.mjs';

const found = findElectronBinary();
if ('reason' in found) {
  console.error(
    [
      '',
      'Kakehashi cannot start in Electron here: ' + found.reason + '.',
      '',
      'Run the same app in a Chromium window with the real main-process handlers instead:',
      '',
      '    npm run dev:browser',
      '',
      '(On a machine without a display: xvfb-run -a npm run dev:browser.)',
      'To use Electron, run `npx install-electron` on a machine that can download it,',
      'or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45 folder.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(found.path, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
