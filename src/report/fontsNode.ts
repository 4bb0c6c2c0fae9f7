import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FALLBACK_FILES, FALLBACK_ORDER, FONT_FILES, textOf, type FontFace, type ReportFonts } from './fonts';
import { loadShaper, wantsShaper } from './shaping/shaper';

const require = createRequire(import.meta.url);

const read = (file: string): ArrayBuffer => {
  const bytes = readFileSync(require.resolve(file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

/**
 * Reads the report fonts from node_modules, for the CLI and tests: every
 * fallback, since reading a file is cheap here (the renderer embeds only the
 * ones a report's text needs).
 */
export function readReportFonts(): ReportFonts {
  const fallbacks: ReportFonts['fallbacks'] = {};
  for (const name of FALLBACK_ORDER) {
    const files = FALLBACK_FILES[name];
    const face: FontFace = { regular: read(files.regular) };
    if (files.bold) face.bold = read(files.bold);
    fallbacks[name] = face;
  }
  return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold), fallbacks };
}

/**
 * The fonts and, when the text needs it, HarfBuzz to shape it (the CLI's reports;
 * `readReportFonts` alone prints complex scripts unshaped, with a notice).
 */
export async function loadReportFontsFor(report: unknown): Promise<ReportFonts> {
  const fonts = readReportFonts();
  if (wantsShaper(textOf(report))) fonts.shaper = await loadShaper();
  return fonts;
}
