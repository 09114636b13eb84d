// Finds the Electron binary without triggering the electron package's download-on-require.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(import.meta.dirname, '..', 'node_modules', 'electron');

/**
 * Returns `{ path }` when a runnable Electron binary is present, or `{ reason }` saying why not.
 * @returns {{ path: string } | { reason: string }}
 */
export function findElectronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!existsSync(electronDir)) return { reason: 'the electron package is not installed (run npm install)' };
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const candidate = override ? join(override, executable) : join(electronDir, 'dist', executable);
  if (existsSync(candidate)) return { path: candidate };
  return {
    reason:
      `the Electron binary is not present (looked for ${candidate}). It is downloaded on first use, ` +
      'which needs access to the Electron release downloads; this machine cannot reach them',
  };
}

/** The folder holding the Electron distribution, for electron-builder's electronDist. */
export function electronDistDir() {
  return process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
}
