// The Debian packages the browser route and the tests need, in one place: `npm start`, `npm test`
// and `.ci/run` all read this list. On a fresh Debian-like machine where the user is root (a new
// container, CI) they are installed with apt-get after saying so; otherwise the exact command is
// printed. KAKEHASHI_NO_INSTALL=1 turns installing off.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * Every package, what it is for, and which commands need it.
 * @type {ReadonlyArray<{ name: string; why: string; neededBy: ReadonlyArray<'start' | 'test'> }>}
 */
export const debianPackages = [
  { name: 'chromium', why: 'the browser route and the browser tests', neededBy: ['start', 'test'] },
  {
    name: 'chromium-l10n',
    why: "Chromium's own texts (date pickers, file buttons) in Japanese",
    neededBy: ['start', 'test'],
  },
  { name: 'fonts-noto-cjk', why: 'Japanese text on screen and in PDFs', neededBy: ['start', 'test'] },
  { name: 'xvfb', why: 'a window on a machine without a screen', neededBy: ['start', 'test'] },
  { name: 'poppler-utils', why: 'checking the handout PDFs (pdfinfo, pdffonts, pdftotext)', neededBy: ['test'] },
  { name: 'apache2', why: 'the WebDAV peer of the sync tests', neededBy: ['test'] },
  { name: 'apache2-utils', why: 'htpasswd for the WebDAV peer', neededBy: ['test'] },
  {
    name: 'python3-openpyxl',
    why: 'reading exported workbooks back with an independent reader (/usr/bin/python3)',
    neededBy: ['test'],
  },
];

/** The package names a command needs. */
export function packagesFor(/** @type {'start' | 'test'} */ command) {
  return debianPackages.filter((entry) => entry.neededBy.includes(command)).map((entry) => entry.name);
}

/**
 * What to do about missing packages: nothing, install them (root on Debian, not turned off), or
 * print the command for the user to run.
 * @param {Readonly<{ missing: readonly string[]; debian: boolean; root: boolean; noInstall: boolean }>} facts
 * @returns {{ action: 'none' } | { action: 'install'; commands: string[][] } | { action: 'print'; command: string; reason: string }}
 */
export function planInstall({ missing, debian, root, noInstall }) {
  if (missing.length === 0) return { action: 'none' };
  const install = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  if (debian && root && !noInstall) return { action: 'install', commands: [['apt-get', 'update'], install] };
  const reason = !debian
    ? 'this is not a Debian-like system (no apt-get): install the equivalent packages'
    : noInstall
      ? 'KAKEHASHI_NO_INSTALL=1 is set'
      : 'installing needs root';
  return { action: 'print', command: `sudo apt-get install ${missing.join(' ')}`, reason };
}

/** Which of these packages dpkg does not list as installed (all of them where there is no dpkg). */
export function missingPackages(/** @type {readonly string[]} */ names) {
  return names.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status !== 0 || !result.stdout.includes('install ok installed');
  });
}

/**
 * Makes sure the packages a command needs are there: installs them (and says so first) when that
 * is allowed, otherwise prints the exact command. Returns whether everything is installed now.
 */
export function ensureDebianPackages(/** @type {'start' | 'test'} */ command) {
  const debian = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg-query');
  const missing = debian ? missingPackages(packagesFor(command)) : [];
  const plan = planInstall({
    missing,
    debian,
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    noInstall: process.env.KAKEHASHI_NO_INSTALL === '1',
  });
  if (plan.action === 'none') return true;
  const why = missing.map((name) => `  - ${name}: ${debianPackages.find((entry) => entry.name === name)?.why ?? ''}`);
  if (plan.action === 'print') {
    console.error(
      [
        `npm ${command} needs these Debian packages:`,
        ...why,
        `Install them with:  ${plan.command}`,
        `(${plan.reason}.)`,
      ].join('\n'),
    );
    return false;
  }
  console.log(
    [
      `npm ${command} needs these Debian packages, which are missing; installing them with apt-get (set KAKEHASHI_NO_INSTALL=1 to stop this):`,
      ...why,
      `  ${plan.commands.map((c) => c.join(' ')).join(' && ')}`,
    ].join('\n'),
  );
  for (const args of plan.commands) {
    const [program = 'apt-get', ...rest] = args;
    const result = spawnSync(program, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(`\`${args.join(' ')}\` failed (exit ${result.status ?? 'signal'}).`);
      return false;
    }
  }
  return missingPackages(missing).length === 0;
}

// `node scripts/debianPackages.mjs test`: the first step of npm test. Where the packages cannot be
// installed it only says what is missing; the steps that need them fail with their own message.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureDebianPackages(process.argv[2] === 'start' ? 'start' : 'test');
}
