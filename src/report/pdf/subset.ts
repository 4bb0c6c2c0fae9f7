/**
 * Cuts a TrueType font down to the characters a report prints before jsPDF
 * sees it. jsPDF parses every table of a font it is given and re-encodes it on
 * output, which for the 10.5 MB CJK font costs seconds; a font holding only a
 * report's few dozen CJK characters costs milliseconds. (Kept libraries that
 * subset — harfbuzz's hb-subset, subset-font — bring a second 0.68 MB
 * WebAssembly module to download and precache; fontkit's subsets have no cmap,
 * which jsPDF needs.) Fonts that are shaped (Devanagari) are not cut: shaping
 * needs their layout tables and glyphs no character maps to (embed.ts).
 *
 * Glyph ids are kept: unused glyphs become empty, so `hmtx`, `maxp` and the
 * hinting tables stay valid as they are. Layout tables (GSUB, GPOS…) are dropped:
 * jsPDF does not use them.
 */
const KEEP = new Set(['head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'post', 'name', 'cvt ', 'fpgm', 'prep', 'gasp']);

interface Table {
  tag: string;
  bytes: Uint8Array;
}

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

function readTables(font: ArrayBuffer): Map<string, Uint8Array> {
  const view = new DataView(font);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    tables.set(tag(view, record), new Uint8Array(font, view.getUint32(record + 8), view.getUint32(record + 12)));
  }
  return tables;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Every code point → glyph mapping of the font's Unicode cmap subtables (formats 4 and 12). */
export function readCmap(cmap: Uint8Array): Map<number, number> {
  const view = viewOf(cmap);
  const map = new Map<number, number>();
  for (let i = 0; i < view.getUint16(2); i++) {
    const platform = view.getUint16(4 + i * 8);
    const encoding = view.getUint16(6 + i * 8);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = view.getUint32(8 + i * 8);
    const format = view.getUint16(at);
    if (format === 4) {
      const segs = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const ranges = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const start = view.getUint16(starts + s * 2);
        const end = view.getUint16(ends + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const range = view.getUint16(ranges + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let glyph = 0;
          if (range === 0) glyph = (cp + delta) & 0xffff;
          else {
            const g = view.getUint16(ranges + s * 2 + range + (cp - start) * 2);
            glyph = g === 0 ? 0 : (g + delta) & 0xffff;
          }
          if (glyph && !map.has(cp)) map.set(cp, glyph);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < view.getUint32(at + 12); g++) {
        const group = at + 16 + g * 12;
        const start = view.getUint32(group);
        for (let cp = start; cp <= view.getUint32(group + 4); cp++) map.set(cp, view.getUint32(group + 8) + cp - start);
      }
    }
  }
  return map;
}

/** The code point → glyph map of a font file (empty if it has no cmap). */
export function fontCmap(font: ArrayBuffer): Map<number, number> {
  const cmap = readTables(font).get('cmap');
  return cmap ? readCmap(cmap) : new Map();
}

/** A cmap with a format-4 subtable (what jsPDF reads) and a format-12 one (for emoji), one segment per character. */
function writeCmap(map: ReadonlyMap<number, number>): Uint8Array {
  const entries = [...map].sort((a, b) => a[0] - b[0]);
  const bmp = entries.filter(([cp]) => cp < 0xffff);
  const segs = bmp.length + 1;
  const f4 = 16 + segs * 8;
  const f12 = 16 + entries.length * 12;
  const out = new Uint8Array(4 + 16 + f4 + f12);
  const v = new DataView(out.buffer);
  v.setUint16(2, 2);
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, 20);
  v.setUint16(12, 3);
  v.setUint16(14, 10);
  v.setUint32(16, 20 + f4);
  let at = 20;
  v.setUint16(at, 4);
  v.setUint16(at + 2, f4);
  v.setUint16(at + 6, segs * 2);
  const power = 2 ** Math.floor(Math.log2(segs));
  v.setUint16(at + 8, power * 2);
  v.setUint16(at + 10, Math.log2(power));
  v.setUint16(at + 12, segs * 2 - power * 2);
  const ends = at + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  [...bmp, [0xffff, 0] as [number, number]].forEach(([cp, glyph], s) => {
    v.setUint16(ends + s * 2, cp);
    v.setUint16(starts + s * 2, cp);
    v.setUint16(deltas + s * 2, cp === 0xffff ? 1 : (glyph - cp) & 0xffff);
  });
  at = 20 + f4;
  v.setUint16(at, 12);
  v.setUint32(at + 4, f12);
  v.setUint32(at + 12, entries.length);
  entries.forEach(([cp, glyph], g) => {
    v.setUint32(at + 16 + g * 12, cp);
    v.setUint32(at + 20 + g * 12, cp);
    v.setUint32(at + 24 + g * 12, glyph);
  });
  return out;
}

/** The glyphs a composite glyph is built from. */
function components(glyph: Uint8Array): number[] {
  const v = viewOf(glyph);
  if (glyph.length < 10 || v.getInt16(0) >= 0) return [];
  const ids: number[] = [];
  let at = 10;
  for (;;) {
    const flags = v.getUint16(at);
    ids.push(v.getUint16(at + 2));
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) return ids;
  }
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const v = viewOf(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** The font with only the glyphs for `codePoints` (and glyph 0), or null if it is not a TrueType (glyf) font. */
export function subsetFont(font: ArrayBuffer, codePoints: Iterable<number>): ArrayBuffer | null {
  const tables = readTables(font);
  const head = tables.get('head');
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const cmapTable = tables.get('cmap');
  const maxp = tables.get('maxp');
  if (!head || !loca || !glyf || !cmapTable || !maxp) return null;
  const numGlyphs = viewOf(maxp).getUint16(4);
  const longLoca = viewOf(head).getInt16(50) === 1;
  const lv = viewOf(loca);
  const offset = (g: number) => (longLoca ? lv.getUint32(g * 4) : lv.getUint16(g * 2) * 2);
  const glyphBytes = (g: number) => glyf.subarray(offset(g), offset(g + 1));

  const cmap = readCmap(cmapTable);
  const kept = new Map<number, number>();
  const glyphs = new Set<number>([0]);
  for (const cp of codePoints) {
    const g = cmap.get(cp);
    if (g !== undefined && g < numGlyphs) {
      kept.set(cp, g);
      glyphs.add(g);
    }
  }
  // One cmap segment per character: a format-4 table holds at most ~8,000.
  if (kept.size > 8000) return null;
  for (const g of glyphs) for (const c of components(glyphBytes(g))) if (c < numGlyphs) glyphs.add(c);

  const ordered = [...glyphs].sort((a, b) => a - b);
  const size = ordered.reduce((n, g) => n + ((glyphBytes(g).length + 3) & ~3), 0);
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const nl = viewOf(newLoca);
  let at = 0;
  for (let g = 0; g < numGlyphs; g++) {
    nl.setUint32(g * 4, at);
    if (glyphs.has(g)) {
      const bytes = glyphBytes(g);
      newGlyf.set(bytes, at);
      at += (bytes.length + 3) & ~3;
    }
  }
  nl.setUint32(numGlyphs * 4, at);
  const newHead = head.slice();
  viewOf(newHead).setInt16(50, 1);
  viewOf(newHead).setUint32(8, 0);

  const out: Table[] = [...tables].filter(([t]) => KEEP.has(t) && t !== 'head').map(([t, bytes]) => ({ tag: t, bytes }));
  out.push({ tag: 'head', bytes: newHead }, { tag: 'loca', bytes: newLoca }, { tag: 'glyf', bytes: newGlyf }, { tag: 'cmap', bytes: writeCmap(kept) });
  return writeFont(out.sort((a, b) => (a.tag < b.tag ? -1 : 1)));
}

function writeFont(tables: Table[]): ArrayBuffer {
  const headerSize = 12 + tables.length * 16;
  const total = tables.reduce((n, t) => n + ((t.bytes.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(tables.length));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tables.length);
  v.setUint16(6, power * 16);
  v.setUint16(8, Math.log2(power));
  v.setUint16(10, tables.length * 16 - power * 16);
  let at = headerSize;
  let headAt = -1;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) v.setUint8(record + c, t.tag.charCodeAt(c));
    v.setUint32(record + 4, checksum(t.bytes));
    v.setUint32(record + 8, at);
    v.setUint32(record + 12, t.bytes.length);
    out.set(t.bytes, at);
    if (t.tag === 'head') headAt = at;
    at += (t.bytes.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out.buffer;
}
