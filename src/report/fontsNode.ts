import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_FILES, type ReportFonts } from './fonts';

const require = createRequire(import.meta.url);

/** Reads the report fonts from node_modules, for the CLI and tests. */
export function readReportFonts(): ReportFonts {
  const read = (file: string) => {
    const bytes = readFileSync(require.resolve(file));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
  return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
}
