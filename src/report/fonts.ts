/**
 * The report's font files, all from npm packages. jsPDF's built-in fonts cover
 * only Windows-1252, so the PDF embeds TrueType fonts and picks, character by
 * character, the first in this chain that has a glyph:
 *
 * 1. DejaVu Sans (`dejavu-fonts-ttf`): Latin, Greek, Cyrillic, Arabic, Hebrew,
 *    Armenian, Georgian and many symbols; the report's own text is set in it.
 * 2. Noto Sans Devanagari (`@expo-google-fonts/noto-sans-devanagari`).
 * 3. Noto Sans SC (`@expo-google-fonts/noto-sans-sc`): Chinese, Japanese kana and
 *    CJK punctuation. Regular only: 10.5 MB a weight, so bold CJK prints regular.
 * 4. Noto Emoji (`@expo-google-fonts/noto-emoji`): monochrome emoji.
 *
 * The fallbacks are large (the CJK font above all), so they are read only when
 * the report's text has a character of their script (`fallbacksNeeded`). jsPDF
 * writes only the glyphs a document uses, so the PDF carries a subset either way.
 * The browser (fontsBrowser.ts) and Node (fontsNode.ts) only differ in how they
 * read the files.
 */
import type { Shaper } from './shaping/shaper';

export interface FontFace {
  regular: ArrayBuffer;
  bold?: ArrayBuffer;
}

export type FallbackName = 'devanagari' | 'cjk' | 'emoji';

export interface ReportFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
  /** Loaded only for reports that need them; a missing one means its characters print as a noted box. */
  fallbacks?: Partial<Record<FallbackName, FontFace>>;
  /** HarfBuzz, loaded only for reports with text that needs shaping (shaping/shaper.ts); without it such text prints unshaped, with a notice. */
  shaper?: Shaper;
}

/** Fallbacks whose script is shaped when a shaper is loaded: they are embedded whole (GSUB/GPOS and every glyph kept), not cut first. */
export const SHAPED_FALLBACKS: ReadonlySet<FallbackName> = new Set(['devanagari']);

export const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

export const FALLBACK_FILES: Record<FallbackName, { regular: string; bold?: string }> = {
  devanagari: {
    regular: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  },
  cjk: { regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  emoji: { regular: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf' },
};

/** The order fallbacks are tried in, after DejaVu Sans. */
export const FALLBACK_ORDER: readonly FallbackName[] = ['devanagari', 'cjk', 'emoji'];

/** Unicode blocks each fallback is for: a cheap test, so the app fetches only the fonts a report can use. */
const SCRIPT_OF: Record<FallbackName, RegExp> = {
  devanagari: /\p{Script=Devanagari}/u,
  cjk: /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Bopomofo}|[\u3000-\u303F\uFF00-\uFFEF]/u,
  emoji: /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u,
};

export function fallbacksNeeded(text: string): FallbackName[] {
  return FALLBACK_ORDER.filter((name) => SCRIPT_OF[name].test(text));
}

/** Every string in a report model (or any plain value), joined: what the fonts must cover. */
export function textOf(value: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return out.join('\n');
}
