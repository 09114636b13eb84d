/** The smallest text scale a page may shrink to; below it text would no longer be readable. */
const minimumScale = 0.55;
const scaleStep = 0.05;

function overflows(element: HTMLElement): boolean {
  return element.scrollHeight > element.clientHeight + 0.5 || element.scrollWidth > element.clientWidth + 0.5;
}

function shrinkUntilFits(sheet: HTMLElement, box: HTMLElement, variable: string): boolean {
  let scale = 1;
  sheet.style.setProperty(variable, '1');
  while (overflows(box) && scale - scaleStep >= minimumScale - 1e-9) {
    scale = Math.round((scale - scaleStep) * 100) / 100;
    sheet.style.setProperty(variable, String(scale));
  }
  return !overflows(box);
}

/**
 * Shrinks the text of each A4 sheet until its content fits its fixed page box: first a long title
 * within its own box, then the whole page. Pages are fixed boxes so nothing flows onto an extra
 * page; a page that still does not fit at the smallest readable size is marked `data-overflow`
 * so the preview can say which one. Returns how many pages do not fit.
 */
export function fitSheets(root: HTMLElement): number {
  let overflowing = 0;
  for (const sheet of root.querySelectorAll<HTMLElement>('[data-sheet]')) {
    const title = sheet.querySelector<HTMLElement>('[data-fit-title]');
    if (title !== null) shrinkUntilFits(sheet, title, '--title-fit');
    const body = sheet.querySelector<HTMLElement>('[data-fit-body]');
    const fits = body === null ? true : shrinkUntilFits(sheet, body, '--fit');
    sheet.dataset['overflow'] = fits ? 'false' : 'true';
    if (!fits) overflowing += 1;
  }
  return overflowing;
}
