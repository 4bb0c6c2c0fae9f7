/**
 * The report's font files. jsPDF's built-in fonts cover only Windows-1252, so
 * names such as "Łódź", "Αθήνα" or "Москва" need an embedded Unicode font:
 * DejaVu Sans, shipped by the `dejavu-fonts-ttf` npm package. The browser
 * (fontsBrowser.ts) and Node (fontsNode.ts) only differ in how they read the files.
 */
export interface ReportFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

export const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;
