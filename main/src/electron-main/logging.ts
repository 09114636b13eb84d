import log from 'electron-log/main';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createAppLog, type AppLog, type ElectronLogLike } from '../services/shell/appLog.ts';

/**
 * main's log: electron-log's file transport in the OS's logs folder, rotated, every line redacted.
 * electron-log's `initialize()` is deliberately not called (it would add a preload of its own).
 */
export function openMainLog(directory: string, development: boolean): AppLog {
  return createAppLog({
    logger: log as unknown as ElectronLogLike,
    directory,
    fs: { existsSync, renameSync, rmSync },
    development,
  });
}
