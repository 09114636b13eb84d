import { join } from 'node:path';
import { redactLogArguments } from './logRedaction.ts';

/** Levels of the app's log, most severe first. */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

/** The part of an electron-log logger (main or node flavour) the app configures. */
export type ElectronLogLike = {
  transports: {
    file: {
      level: LogLevel | 'verbose' | 'silly' | false;
      maxSize: number;
      format: unknown;
      resolvePathFn: (...args: never[]) => string;
      archiveLogFn: (oldLogFile: { path: string }) => void;
    };
    console: { level: LogLevel | 'verbose' | 'silly' | false };
  };
  hooks: Array<(message: { data: unknown[]; level: string }) => { data: unknown[]; level: string } | false>;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
};

/** The file operations rotation needs (node:fs in the app). */
export type RotationFs = Readonly<{
  existsSync(path: string): boolean;
  renameSync(from: string, to: string): void;
  rmSync(path: string, options: { force: boolean }): void;
}>;

/** The app's log: one line per call, every line redacted, scoped by the part of the app that wrote it. */
export type AppLog = Readonly<{
  error(scope: string, ...data: unknown[]): void;
  warn(scope: string, ...data: unknown[]): void;
  info(scope: string, ...data: unknown[]): void;
  debug(scope: string, ...data: unknown[]): void;
  /** The folder holding `main.log` and its rotated copies. */
  directory: string;
  /** Removes this exact value from every later line (a passphrase the app has just used). */
  addSecret(value: string): void;
}>;

/** Options of the app's log. */
export type AppLogOptions = Readonly<{
  logger: ElectronLogLike;
  directory: string;
  fs: RotationFs;
  /** Rotate when main.log passes this many bytes. */
  maxBytes?: number;
  /** How many rotated files to keep (main.1.log is the newest). */
  keep?: number;
  development?: boolean;
}>;

/** The log file inside the logs folder. */
export const logFileName = 'main.log';

/**
 * Rotates `main.log` → `main.1.log` → … → `main.<keep>.log`, dropping the oldest. electron-log
 * calls this when the file passes its size limit and then starts an empty `main.log`.
 */
export function rotateLogFiles(file: string, keep: number, fs: RotationFs): void {
  const numbered = (n: number): string => file.replace(/\.log$/, `.${n}.log`);
  fs.rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  if (fs.existsSync(file)) fs.renameSync(file, numbered(1));
}

/**
 * Configures an electron-log logger as the app's log: a file in `directory` rotated by size,
 * `info` and above (`debug` in development), and a hook that redacts every message before any
 * transport sees it. electron-log's `initialize()` is not called: it would add its own preload
 * and IPC for the page, whose lines come through the `log:write` channel instead.
 */
export function createAppLog(options: AppLogOptions): AppLog {
  const { logger, directory } = options;
  const secrets: string[] = [];
  const file = join(directory, logFileName);
  const keep = options.keep ?? 5;
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  logger.transports.file.level = options.development === true ? 'debug' : 'info';
  logger.transports.file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.file.archiveLogFn = (oldLogFile) => rotateLogFiles(oldLogFile.path, keep, options.fs);
  logger.transports.console.level = options.development === true ? 'debug' : false;
  logger.hooks.push((message) => ({ ...message, data: [redactLogArguments(message.data, secrets)] }));

  const line =
    (level: LogLevel) =>
    (scope: string, ...data: unknown[]): void =>
      logger[level](`[${scope}]`, ...data);
  return {
    directory,
    error: line('error'),
    warn: line('warn'),
    info: line('info'),
    debug: line('debug'),
    addSecret(value) {
      if (value.length >= 4 && !secrets.includes(value)) secrets.push(value);
    },
  };
}
