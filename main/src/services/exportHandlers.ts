import { extname } from 'node:path';
import type { Handlers } from '#shared/contract/dispatch';
import { writeFileAtomically } from './atomicFile.ts';

/** The save dialog of an export, filtered to the file's kind; null when cancelled. */
export type ChooseExportPath = (
  options: Readonly<{ suggestedName: string; extension: 'xlsx' | 'csv' }>,
) => Promise<string | null>;

/** What the export channel needs: the save dialog. */
export type ExportHandlerDeps = Readonly<{ chooseExportPath: ChooseExportPath }>;

/**
 * `export:save`: the page sends a file's bytes and a suggested name; main asks the user where to
 * save it and writes it only there. The extension is the one the page's name declares: a path the
 * user typed without it gets it, so the file opens in Excel.
 */
export function createExportHandlers(deps: ExportHandlerDeps): Pick<Handlers, 'export:save'> {
  return {
    'export:save': async ({ fileName, bytes }) => {
      const extension = fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
      const chosen = await deps.chooseExportPath({ suggestedName: fileName, extension });
      if (chosen === null) return { path: null };
      const path = extname(chosen).toLowerCase() === `.${extension}` ? chosen : `${chosen}.${extension}`;
      await writeFileAtomically(path, bytes);
      return { path };
    },
  };
}
