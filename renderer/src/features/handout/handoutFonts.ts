// The handout's Japanese font ships with the build (Vite copies the package's font files), so a
// PDF embeds the same Noto Sans JP on every machine instead of whatever the system has.
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';

/** The weights the handout uses; each is loaded before printing. */
export const handoutFontWeights = [400, 700] as const;

/**
 * Loads every font face the given text needs in every weight, then waits for all pending loads.
 * The package splits the font by unicode-range, so a face is fetched only once a glyph needs it.
 */
export async function loadHandoutFonts(text: string): Promise<void> {
  await Promise.all(handoutFontWeights.map((weight) => document.fonts.load(`${weight} 16px "Noto Sans JP"`, text)));
  await document.fonts.ready;
}
