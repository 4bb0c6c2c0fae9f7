import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { fallbacksNeeded, textOf, type FontFace, type ReportFonts } from './fonts';
import { loadShaper, wantsShaper } from './shaping/shaper';
import { FALLBACK_URLS } from './fontUrls';

const cache = new Map<string, Promise<ArrayBuffer>>();

/**
 * Fetches the report fonts from the app's own origin (the CSP's 'self' allows
 * them), each file once per page; a failed fetch is retried on the next export.
 * Given the report, it also fetches the fallback fonts its text needs (a
 * Chinese name costs the 10.5 MB CJK font, from the service worker's cache
 * once installed); without it, only DejaVu Sans.
 */
export async function loadReportFonts(report?: unknown): Promise<ReportFonts> {
  const text = report === undefined ? '' : textOf(report);
  const needed = fallbacksNeeded(text);
  const [shaper, regular, bold, ...faces] = await Promise.all([
    // Without HarfBuzz (WebAssembly refused by a host's policy) the report still prints, unshaped, and says so.
    wantsShaper(text) ? loadShaper().catch(() => undefined) : undefined,
    fetchFont(regularUrl),
    fetchFont(boldUrl),
    ...needed.map(async (name): Promise<[string, FontFace] | null> => {
      const urls = FALLBACK_URLS[name];
      if (!urls) return null;
      const [r, b] = await Promise.all([fetchFont(urls.regular), urls.bold ? fetchFont(urls.bold) : undefined]);
      return [name, b ? { regular: r, bold: b } : { regular: r }];
    }),
  ]);
  const fonts: ReportFonts = { regular, bold, fallbacks: Object.fromEntries(faces.filter((f) => f !== null)) };
  if (shaper) fonts.shaper = shaper;
  return fonts;
}

function fetchFont(url: string): Promise<ArrayBuffer> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`Could not load a report font (${url}): HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}
