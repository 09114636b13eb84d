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

/**
 * Chromium's own language for a UI language: `--lang` (Windows, macOS) and `LANGUAGE` (Linux, where
 * `--lang` is ignored) make the browser's widgets (date and time pickers, a file input's button)
 * speak it; the locale sets Accept-Language and `navigator.language`. Debian's Chromium has its
 * translations in the package `chromium-l10n`.
 */
export function chromiumLanguage(
  language: 'ja' | 'en',
): Readonly<{ args: readonly string[]; env: Readonly<Record<string, string>>; locale: string }> {
  return language === 'ja'
    ? { args: ['--lang=ja'], env: { LANGUAGE: 'ja' }, locale: 'ja-JP' }
    : { args: ['--lang=en-US'], env: { LANGUAGE: 'en_US' }, locale: 'en-US' };
}

/** Explains how to install Chromium when it is missing, instead of a launch stack trace. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it with: sudo apt-get install chromium ` +
        '(or set KAKEHASHI_CHROMIUM to another Chromium binary).',
    );
  }
}
