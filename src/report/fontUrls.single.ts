import devanagariRegular from '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf?url';
import devanagariBold from '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf?url';
import emojiRegular from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { FallbackName } from './fonts';

/**
 * The single-file build inlines every font into the one HTML file, which is
 * read whole each time it opens: the 10.5 MB CJK font would make it ~15 MB
 * bigger. So this copy has no CJK font; its PDFs print CJK characters as boxes
 * with a notice pointing to the HTML report (which uses the system's fonts).
 */
export const FALLBACK_URLS: Partial<Record<FallbackName, { regular: string; bold?: string }>> = {
  devanagari: { regular: devanagariRegular, bold: devanagariBold },
  emoji: { regular: emojiRegular },
};
