// @ts-check
// The folder rules of docs/architecture.md: where code runs decides what it may import.
// Kept apart from eslint.config.js so a test can lint fixtures with exactly these rules.

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'stream',
  'url',
  'util',
  'worker_threads',
];

/** @type {(extra: { group: string[]; message: string }[]) => import('eslint').Linter.RulesRecord} */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** @type {import('eslint').Linter.Config[]} */
export const folderRules = [
  {
    files: ['shared/**/*.{ts,tsx,js}'],
    rules: restrict([
      {
        group: ['electron', 'electron/*', 'electron-store', 'conf'],
        message: 'shared/ runs in Node and Chromium: no Electron.',
      },
      { group: nodeBuiltins, message: 'shared/ runs in Chromium too: no Node built-ins.' },
      {
        group: ['react', 'react-dom', 'react-dom/*', 'dexie', 'dexie-react-hooks'],
        message: 'shared/ has no UI or DOM code.',
      },
      { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'shared/ imports only shared/.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx,js}'],
    rules: restrict([
      {
        group: ['electron', 'electron/*', 'electron-store', 'conf'],
        message: 'The renderer reaches the host only through renderer/src/host.',
      },
      { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
      { group: ['**/main/**', '**/preload/**'], message: 'The renderer never imports main/ or preload/.' },
    ]),
  },
  {
    files: ['preload/**/*.{ts,js}'],
    rules: restrict([
      { group: ['**/main/**', '**/renderer/**'], message: 'The preload imports only electron and shared/.' },
      { group: nodeBuiltins, message: 'A sandboxed preload cannot use Node built-ins.' },
    ]),
  },
  {
    files: ['main/src/services/**/*.{ts,js}'],
    rules: restrict([
      {
        group: ['electron', 'electron/*', 'electron-store'],
        message: 'Services are plain Node: only main/src/electron-main/ imports Electron.',
      },
      { group: ['**/renderer/**', '**/preload/**'], message: 'main/ never imports the renderer or the preload.' },
    ]),
  },
  {
    files: ['main/src/electron-main/**/*.{ts,js}'],
    rules: restrict([
      { group: ['**/renderer/**', '**/preload/**'], message: 'main/ never imports the renderer or the preload.' },
    ]),
  },
];
