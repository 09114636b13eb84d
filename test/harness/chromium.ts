import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright cannot download a browser of its own here. */
export const chromiumPath = process.env['KAKEHASHI_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags that let Chromium run as root on a machine without a network or a GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Explains how to install Chromium when it is missing, instead of a launch stack trace. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it with: sudo apt-get install chromium ` +
        '(or set KAKEHASHI_CHROMIUM to another Chromium binary).',
    );
  }
}
