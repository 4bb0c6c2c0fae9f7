/**
 * Complex-script shaping for the PDF. jsPDF draws one glyph per character, in
 * the order typed; scripts such as Devanagari need the font's own rules
 * (OpenType GSUB/GPOS) to form conjuncts (क् + ष → क्ष), move vowel signs in
 * front of their consonant (ि) and place marks. HarfBuzz, the shaping engine
 * of browsers and LibreOffice, applies them (`harfbuzzjs`: HarfBuzz compiled to
 * WebAssembly, loaded only for a report whose text needs it, from the app's
 * own files or node_modules; never from the network).
 *
 * The shaper only turns text into glyph ids and positions in font units; the
 * PDF code draws them (pdf/fontChain.ts) and keeps the original text for copying
 * and search. Right-to-left runs (Arabic, Hebrew) are shaped right to left,
 * which also mirrors brackets.
 */
export interface ShapedGlyph {
  /** Glyph id in the font (not a character). */
  glyph: number;
  /** Index in the shaped text (UTF-16) of the first character this glyph came from. */
  cluster: number;
  /** Advance and offsets in font units (1 em = `unitsPerEm`). */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface Shaped {
  glyphs: ShapedGlyph[];
  unitsPerEm: number;
}

export interface Shaper {
  /** Shapes one run of text in one font and direction; the glyphs come in visual (left-to-right) order. */
  shape(font: ArrayBuffer, text: string, direction: 'ltr' | 'rtl'): Shaped;
  /** A glyph's outline in font units (y up): SVG-like commands M, L, Q, C, Z. */
  outline?(font: ArrayBuffer, glyph: number): { type: string; values: number[] }[];
}

/**
 * Scripts the report shapes when HarfBuzz is loaded, each with its embedded
 * font's own rules: Devanagari (Noto Sans Devanagari: conjuncts, reordered
 * vowel signs), Arabic (DejaVu Sans: joined forms, lam-alef, marks) and Hebrew
 * (DejaVu Sans: points placed on their letters). Other Indic and South-East
 * Asian scripts have no embedded font yet, so they print as noted boxes.
 */
export const SHAPED_SCRIPT = /\p{Script=Devanagari}|\p{Script=Arabic}|\p{Script=Hebrew}/u;

/** Whether a run of text is shaped (when a shaper is loaded). */
export const needsShaping = (text: string) => SHAPED_SCRIPT.test(text);

/**
 * Whether a report's text is worth loading HarfBuzz for: Devanagari and Arabic
 * cannot print right without it; Hebrew only when it has points or cantillation
 * marks to place (plain Hebrew letters print the same either way).
 */
export const wantsShaper = (text: string) => /\p{Script=Devanagari}|\p{Script=Arabic}|[\u0591-\u05C7]/u.test(text);

const SCRIPT_OF = [/\p{Script=Devanagari}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u];
const scriptOf = (ch: string) => SCRIPT_OF.findIndex((re) => re.test(ch));

/**
 * Text cut where the shaped script changes (Arabic next to Hebrew in one
 * right-to-left stretch), so each piece is shaped with its own script's rules;
 * spaces, punctuation, digits and marks stay with the piece they are in.
 */
export function scriptRuns(text: string): string[] {
  if (!SHAPED_SCRIPT.test(text)) return [text];
  const parts: string[] = [];
  let current = '';
  let script = -1;
  for (const ch of text) {
    const s = scriptOf(ch);
    if (s !== -1 && script !== -1 && s !== script) {
      parts.push(current);
      current = '';
    }
    if (s !== -1) script = s;
    current += ch;
  }
  parts.push(current);
  return parts;
}

let loading: Promise<Shaper> | null = null;

/**
 * HarfBuzz, loaded once per page or process. `harfbuzzjs` finds its
 * WebAssembly next to its own module (`new URL(..., import.meta.url)`): the app
 * build emits it as a file the service worker precaches, the single-file build
 * inlines it, and Node reads it from node_modules.
 */
export function loadShaper(): Promise<Shaper> {
  loading ??= import('harfbuzzjs').then((hb) => {
    const faces = new WeakMap<ArrayBuffer, { font: InstanceType<typeof hb.Font>; upem: number }>();
    const fontOf = (buffer: ArrayBuffer) => {
      let entry = faces.get(buffer);
      if (!entry) {
        const face = new hb.Face(new hb.Blob(buffer));
        entry = { font: new hb.Font(face), upem: face.upem };
        faces.set(buffer, entry);
      }
      return entry;
    };
    return {
      shape(buffer, text, direction) {
        const { font, upem } = fontOf(buffer);
        const run = new hb.Buffer();
        run.addText(text);
        run.guessSegmentProperties();
        run.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
        hb.shape(font, run);
        const infos = run.getGlyphInfos();
        const positions = run.getGlyphPositions();
        const glyphs = infos.map((info, i) => ({ glyph: info.codepoint, cluster: info.cluster, xAdvance: positions[i]!.xAdvance, xOffset: positions[i]!.xOffset, yOffset: positions[i]!.yOffset }));
        return { glyphs, unitsPerEm: upem };
      },
      outline(buffer, glyph) {
        return fontOf(buffer).font.glyphToJson(glyph);
      },
    };
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
