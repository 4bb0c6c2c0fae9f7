import { isBlankText } from './userText';

/**
 * Rows written before text and links were checked (see userText.ts and
 * EvidenceUrlSchema) may hold what is now refused. Rather than leave such a row
 * unreadable, it is neutralised, and every change is named so it can be recorded
 * in the trail and told to the person:
 * - bidi controls and control characters are removed (the text then shows in the
 *   order it is stored);
 * - text made only of invisible characters becomes empty, or a plain placeholder
 *   where a value is required (a product name, an evidence description);
 * - an evidence link that is not a web address is kept as text in its description,
 *   never as a link, so nothing the person typed is lost.
 */
export const REPAIR_KINDS = ['bidi-control', 'control-character', 'invisible-only', 'non-web-link'] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];
export interface RepairNote {
  path: string;
  kind: RepairKind;
}

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const PLACEHOLDERS: Record<string, string> = { productName: 'Unnamed product', label: 'Evidence' };
const LABEL_MAX = 500;

export function isWebAddress(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** The stored value with refused text neutralised, and what was changed where. Never changes its input. */
export function repairStoredText(data: unknown): { data: unknown; notes: RepairNote[] } {
  const notes: RepairNote[] = [];
  const text = (value: string, path: string, key: string): string => {
    let out = value;
    const strip = (pattern: RegExp, kind: RepairKind) => {
      const stripped = out.replace(pattern, '');
      if (stripped !== out) notes.push({ path, kind });
      out = stripped;
    };
    strip(BIDI_CONTROLS, 'bidi-control');
    strip(CONTROLS, 'control-character');
    if (out.trim() !== '' && isBlankText(out.trim())) {
      out = '';
      notes.push({ path, kind: 'invisible-only' });
    }
    // A required value that held nothing visible gets a plain placeholder rather than failing again.
    return out.trim() === '' && value !== '' && PLACEHOLDERS[key] ? PLACEHOLDERS[key] : out;
  };
  const walk = (value: unknown, path: string, key: string): unknown => {
    if (typeof value === 'string') return text(value, path, key);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`, key));
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k, k)] as const);
    const out = Object.fromEntries(entries) as Record<string, unknown>;
    if (key === 'evidence' || /\.evidence\[\d+\]$/.test(path)) moveNonWebLink(out, path, notes);
    return out;
  };
  return { data: walk(data, '', ''), notes };
}

function moveNonWebLink(entry: Record<string, unknown>, path: string, notes: RepairNote[]): void {
  const { url, label } = entry;
  if (typeof url !== 'string' || url.trim() === '' || isWebAddress(url.trim()) || typeof label !== 'string') return;
  entry.label = `${label} (link kept as text: ${url.trim()})`.slice(0, LABEL_MAX);
  entry.url = '';
  notes.push({ path: `${path}.url`, kind: 'non-web-link' });
}
