import devanagariRegular from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import devanagariBold from '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf?url';
import cjkRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import emojiRegular from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { FallbackName } from './fonts';

/**
 * Where the built app serves each fallback font (Vite emits them as files; the
 * service worker precaches them). Only URLs: nothing is fetched until a report
 * needs it. The single-file build swaps this module for fontUrls.single.ts.
 */
export const FALLBACK_URLS: Partial<Record<FallbackName, { regular: string; bold?: string }>> = {
  devanagari: { regular: devanagariRegular, bold: devanagariBold },
  cjk: { regular: cjkRegular },
  emoji: { regular: emojiRegular },
};
