import { HostFailure } from '#shared/contract/envelope';

/** What saving a handout PDF needs from the host: Electron in the app, Playwright in the harness. */
export type HandoutPdfDeps = Readonly<{
  /** Prints the page that made the call (identified by its URL) to A4 PDF bytes with Chromium. */
  printToPdf(senderUrl: string): Promise<Uint8Array>;
  /** Asks where to save; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Opens the saved file in the system's PDF viewer. */
  openPath(path: string): Promise<void>;
}>;

/** Saves handout PDFs: print the calling page, ask where, write, open. */
export type HandoutPdfService = Readonly<{
  save(fileName: string, senderUrl: string): Promise<{ path: string | null }>;
}>;

// The print routes that may ask to be saved: a handout (`#/print/handout/<id>`) or the report (`#/print/report?…`).
const printRoutes = /^#\/print\/(handout\/|report(\?|$))/;

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** Builds the service; the order (print first, then ask) keeps the dialog from appearing for a failed print. */
export function createHandoutPdfService(deps: HandoutPdfDeps): HandoutPdfService {
  return {
    async save(fileName, senderUrl) {
      if (!printRoutes.test(new URL(senderUrl).hash)) {
        throw new HostFailure('forbidden-sender', 'only a print page (handout or report) can be saved as a PDF');
      }
      const bytes = await deps.printToPdf(senderUrl);
      if (!pdfMagic.every((byte, index) => bytes[index] === byte)) {
        throw new HostFailure('handler-failed', 'the print engine did not return a PDF');
      }
      const path = await deps.chooseSavePath(fileName);
      if (path === null) return { path: null };
      try {
        await deps.writeFile(path, bytes);
      } catch (error) {
        throw new HostFailure(
          'io-failed',
          `could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      await deps.openPath(path);
      return { path };
    },
  };
}
