import { basename, isAbsolute, resolve } from 'node:path';

/** The file extension of Kakehashi backups, registered with the OS for the app. */
export const backupExtension = '.kkbackup';

/**
 * The `.kkbackup` file among a launch's arguments (Windows and Linux pass an opened file as an
 * argument), resolved against the folder that launch started in; null when there is none.
 * Switches (`--foo`) and Chromium's own arguments are skipped.
 */
export function backupFileArgument(argv: readonly string[], workingDirectory: string): string | null {
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith(backupExtension)) continue;
    return isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
  }
  return null;
}

/** What a handoff from a second launch needs from the app. */
export type HandoffDeps = Readonly<{
  /** Restores, shows and focuses the first instance's window. */
  focusWindow: () => void;
  /** Keeps the path in main: the page never sees it, it only gets the file's name. */
  rememberBackupFile: (path: string) => void;
  /** Tells the page to show its restore screen for that file. */
  offerRestore: (name: string) => void;
}>;

/**
 * Handles a file opened with the app: a second launch's arguments (`second-instance`), the first
 * launch's own arguments, or macOS's `open-file`. The window comes to the front; a `.kkbackup`
 * goes to the restore screen, where the user still confirms and the file is checked in full.
 */
export function createLaunchHandoff(deps: HandoffDeps): Readonly<{
  secondInstance(argv: readonly string[], workingDirectory: string): void;
  openFile(path: string): void;
}> {
  const offer = (path: string): void => {
    deps.rememberBackupFile(path);
    deps.offerRestore(basename(path));
  };
  return {
    secondInstance(argv, workingDirectory) {
      deps.focusWindow();
      const file = backupFileArgument(argv, workingDirectory);
      if (file !== null) offer(file);
    },
    openFile(path) {
      if (!path.toLowerCase().endsWith(backupExtension)) return;
      deps.focusWindow();
      offer(path);
    },
  };
}
