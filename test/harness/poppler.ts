import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs a poppler-utils tool; says how to install poppler when the tool is missing. */
async function poppler(tool: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, [...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} was not found. Install poppler-utils: sudo apt-get install poppler-utils`);
    }
    throw error;
  }
}

/** What `pdfinfo` says about a PDF: page count and the first page's size in points. */
export type PdfInfo = Readonly<{ pages: number; widthPt: number; heightPt: number }>;

/** Reads page count and page size with `pdfinfo`. */
export async function pdfInfo(file: string): Promise<PdfInfo> {
  const out = await poppler('pdfinfo', [file]);
  const pages = /^Pages:\s+(\d+)/m.exec(out);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  if (pages === null || size === null) throw new Error(`unexpected pdfinfo output:\n${out}`);
  return { pages: Number(pages[1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** One font of `pdffonts`: its name, type and whether it is embedded. */
export type PdfFont = Readonly<{ name: string; type: string; embedded: boolean }>;

/** Lists the fonts of a PDF with `pdffonts` (columns are fixed-width; the header gives them). */
export async function pdfFonts(file: string): Promise<PdfFont[]> {
  const lines = (await poppler('pdffonts', [file])).split('\n');
  const rule = lines[1] ?? '';
  const columns = [...rule.matchAll(/-+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  const cell = (line: string, index: number) => {
    const column = columns[index];
    return column === undefined ? '' : line.slice(column.start, column.end + 1).trim();
  };
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ name: cell(line, 0), type: cell(line, 1), embedded: cell(line, 3) === 'yes' }));
}

/** The text of a PDF (or of one page) with `pdftotext`, in reading order. */
export async function pdfText(file: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return poppler('pdftotext', [...range, '-enc', 'UTF-8', file, '-']);
}

/**
 * Renders one page with `pdftoppm` as an 8-bit grey PGM and returns the share of pixels that are
 * not white: a page of text has ink, an empty or failed page has none.
 */
export async function inkRatio(file: string, page: number, dpi = 40): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'kakehashi-pdftoppm-'));
  try {
    await poppler('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      join(folder, 'page'),
    ]);
    const [name] = await readdir(folder);
    if (name === undefined) throw new Error(`pdftoppm rendered nothing for page ${page}`);
    return inkOfPgm(await readFile(join(folder, name)));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Share of non-white pixels in a binary PGM (P5, maxval 255). */
function inkOfPgm(bytes: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = bytes.subarray(header[0].length);
  let ink = 0;
  for (let index = 0; index < width * height; index += 1) if ((pixels[index] ?? 255) < 200) ink += 1;
  return ink / (width * height);
}
