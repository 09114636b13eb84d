import { strToU8, zipSync, type Zippable } from 'fflate';
import { basename, join } from 'node:path';
import { redact } from './logRedaction.ts';

/** What the page reports for diagnostics: how many records each table holds and how sync stands. */
export type PageDiagnostics = Readonly<{
  tableCounts: Readonly<Record<string, number>>;
  sync: Readonly<{
    configured: boolean;
    targetKind: string | null;
    lastSyncAt: string | null;
    pendingChanges: number;
    lastError: string | null;
  }>;
}>;

/** Versions of the app and what it runs on. */
export type RuntimeVersions = Readonly<{
  app: string;
  electron: string | null;
  chrome: string | null;
  node: string;
  platform: string;
  osRelease: string;
  arch: string;
  locale: string;
}>;

/** The file reads the diagnostics need (node:fs/promises in the app). */
export type DiagnosticsFs = Readonly<{
  readdir(path: string): Promise<string[]>;
  readFile(path: string): Promise<Uint8Array>;
}>;

/** The zip's entry names, for the test and for docs. */
export const diagnosticsEntries = {
  about: 'about.json',
  database: 'database.json',
  sync: 'sync.json',
  logsFolder: 'logs/',
} as const;

/**
 * The support zip: the log files (already redacted when written, and redacted again here in case a
 * file came from an older version), the versions of the app and the OS, the database's table
 * counts and the sync status. No record content, path of the user's data, passphrase or credential
 * is in it.
 */
export async function buildDiagnosticsZip(
  options: Readonly<{
    logsDirectory: string;
    versions: RuntimeVersions;
    page: PageDiagnostics;
    createdAt: Date;
    fs: DiagnosticsFs;
  }>,
): Promise<Uint8Array> {
  const { fs } = options;
  const files: Zippable = {};
  const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  files[diagnosticsEntries.about] = json({ createdAt: options.createdAt.toISOString(), ...options.versions });
  files[diagnosticsEntries.database] = json({ tableCounts: options.page.tableCounts });
  files[diagnosticsEntries.sync] = json({
    ...options.page.sync,
    lastError: options.page.sync.lastError === null ? null : redact(options.page.sync.lastError),
  });
  const names = await fs.readdir(options.logsDirectory).catch(() => []);
  for (const name of names.filter((entry) => entry.endsWith('.log')).sort()) {
    const text = new TextDecoder().decode(await fs.readFile(join(options.logsDirectory, name)));
    files[`${diagnosticsEntries.logsFolder}${basename(name)}`] = strToU8(redact(text));
  }
  return zipSync(files, { level: 6, mtime: options.createdAt });
}

/** The suggested file name of a diagnostics zip, with the date and time it was made. */
export function diagnosticsFileName(createdAt: Date): string {
  const stamp = createdAt.toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `kakehashi-diagnostics-${stamp}.zip`;
}
