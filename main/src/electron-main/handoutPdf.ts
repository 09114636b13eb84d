import { app, BrowserWindow, dialog, shell, webContents, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandoutPdfDeps } from '../services/handoutPdfService.ts';

function senderContents(senderUrl: string): WebContents {
  const contents = webContents.getAllWebContents().find((candidate) => candidate.getURL() === senderUrl);
  if (contents === undefined) throw new Error(`no window shows ${senderUrl}`);
  return contents;
}

/** Electron's side of handout PDFs: Chromium's print engine, the save dialog, the system viewer. */
export function electronHandoutPdfDeps(): HandoutPdfDeps {
  return {
    async printToPdf(senderUrl) {
      const pdf = await senderContents(senderUrl).printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },
    async chooseSavePath(suggestedName) {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result =
        parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
      return result.canceled || result.filePath === '' ? null : result.filePath;
    },
    writeFile: (path, bytes) => writeFile(path, bytes),
    async openPath(path) {
      const failure = await shell.openPath(path);
      if (failure !== '') console.warn(`could not open ${path}: ${failure}`);
    },
  };
}
