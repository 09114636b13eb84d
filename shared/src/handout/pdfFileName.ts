/** Characters no file system we support accepts in a name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const forbidden = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * A safe PDF file name from an event title and language: no path separators or reserved
 * characters, at most 120 characters before `.pdf`, never empty.
 */
export function handoutPdfFileName(title: string, language: 'ja' | 'en'): string {
  const cleaned = title.normalize('NFC').replace(forbidden, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const graphemes = Array.from(new Intl.Segmenter('ja', { granularity: 'grapheme' }).segment(cleaned || 'handout'));
  const base = graphemes
    .slice(0, 120)
    .map((part) => part.segment)
    .join('')
    .trim();
  return `${base}${language === 'en' ? '-en' : ''}.pdf`;
}
