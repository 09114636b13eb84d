import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { HandoutLanguage } from '#shared/handout/handoutModel';

/** Opens the handout print route of an event and waits until fonts are loaded and pages fitted. */
export async function openHandout(
  page: Page,
  baseUrl: string,
  eventId: string,
  language: HandoutLanguage,
): Promise<void> {
  await page.goto(`${baseUrl}#/print/handout/${eventId}?lang=${language}`);
  await page.locator('[data-handout-ready="true"]').waitFor({ timeout: 60_000 });
}

/**
 * Prints the handout route to an A4 PDF with Chromium's print engine (Playwright's page.pdf, the
 * harness's stand-in for Electron's webContents.printToPDF) and writes it to `outFile`.
 */
export async function printHandoutPdf(
  page: Page,
  baseUrl: string,
  eventId: string,
  language: HandoutLanguage,
  outFile: string,
): Promise<{ overflowingPages: number }> {
  await openHandout(page, baseUrl, eventId, language);
  const overflow = await page.locator('[data-handout-ready="true"]').getAttribute('data-handout-overflow');
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(outFile, pdf);
  return { overflowingPages: Number(overflow ?? '0') };
}
