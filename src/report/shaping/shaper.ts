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
 * PDF code draws them (pdf/shaped.ts) and keeps the original text for copying
 * and search. It is written for any direction, so a right-to-left run (Arabic,
 * issue 12) can go through it too.
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
}

/**
 * Scripts whose letters change form and order in context and that an embedded
 * font can shape: Devanagari (Noto Sans Devanagari). Arabic is shaped by its
 * presentation forms today (pdf/layout.ts); other Indic and South-East Asian
 * scripts have no embedded font yet, so they print as noted boxes.
 */
export const SHAPED_SCRIPT = /\p{Script=Devanagari}/u;

export const needsShaping = (text: string) => SHAPED_SCRIPT.test(text);

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
    };
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
