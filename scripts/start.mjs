// `npm start`: the built app in Electron; where the Electron binary is missing, says why in one
// line and opens the browser route instead (the same renderer with the real main-process handlers).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDebianPackages } from './debianPackages.mjs';
import { findElectronBinary } from './electronBinary.mjs';

const found = findElectronBinary();
if ('path' in found) {
  const child = spawn(found.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron cannot start here (${found.reason}); opening the browser route instead.`);
  if (process.platform === 'linux' && !ensureDebianPackages('start')) process.exit(1);
  const browserRoute = [
    process.execPath,
    '--import',
    'tsx',
    join(import.meta.dirname, 'devBrowser.ts'),
    ...process.argv.slice(2),
  ];
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
  if (headless && hasXvfb) console.log('No screen found: the window opens on a virtual screen (xvfb-run).');
  const [program = 'node', ...args] =
    headless && hasXvfb ? ['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', ...browserRoute] : browserRoute;
  const child = spawn(program, args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
