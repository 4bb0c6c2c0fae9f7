import { nextTrailEvent, type TrailEvent } from '../../src/domain';

/**
 * A generator of hostile `.hrba.json` files, built from a valid file at test time
 * (nothing large is committed). Each entry says which words the refusal must contain,
 * so a test can check that every refusal is specific; entries with `refusal: null` are
 * valid (markup that must stay text, other encodings, a long trail) and must import,
 * each under its own id and product name (`accepted`). The app's import and the CLI
 * run the same corpus; files too large to build in memory are in `oversized.ts`.
 */
export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** A fragment the refusal must contain; null when the file is valid and must import. */
  refusal: RegExp | null;
  /** For a file that must import: the product name it is listed under. */
  accepted?: string;
}

type Json = Record<string, unknown>;
const TRAIL_EVENTS = 20_000;
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';

export function hostileCorpus(validText: string): HostileCase[] {
  const valid = JSON.parse(validText) as Json;
  const text = (name: string, body: string, refusal: RegExp | null): HostileCase => ({ name, bytes: new TextEncoder().encode(body), refusal });
  const edit = (name: string, refusal: RegExp | null, change: (file: Json, a: Json) => void): HostileCase => {
    const file = structuredClone(valid);
    change(file, file.assessment as Json);
    return text(name, JSON.stringify(file), refusal);
  };
  const subject = (a: Json) => a.subject as Json;
  const firstAnswer = (a: Json) => Object.values(a.answers as Json)[0] as Json;
  const actions = (a: Json) => a.actions as Json[];
  const utf16 = utf16Bytes(validText, true);
  // A valid file under an id and name of its own, so it imports beside the original.
  const renamed = (name: string, n: number, change: (file: Json, a: Json) => void = () => {}) => {
    const file = structuredClone(valid);
    const a = file.assessment as Json;
    a.id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    subject(a).productName = name;
    change(file, a);
    return JSON.stringify(file);
  };
  const accept = (name: string, productName: string, bytes: Uint8Array): HostileCase => ({ name, bytes, refusal: null, accepted: productName });
  // The same key twice in one object: JSON.parse keeps the second, so nothing below the scan could see it.
  const findingKey = Object.keys((valid.assessment as Json).findings as Json)[0]!;
  const answerKey = Object.keys((valid.assessment as Json).answers as Json)[0]!;
  const twice = (key: string, map: string) => {
    const file = JSON.stringify(valid);
    const at = file.indexOf(`"${map}":{`) + map.length + 4;
    return `${file.slice(0, at)}"${key}":{"title":"Hidden first","updatedAt":"2026-01-01T00:00:00.000Z"},${file.slice(at)}`;
  };
  // Between path steps: a dot where the CLI prints the path as the file writes it, “ › ” where the app shows it.
  const P = '(?:\\.| › )';
  return [
    text('truncated', validText.slice(0, validText.length / 2), /The file is not valid JSON/),
    { name: 'utf16-no-bom', bytes: utf16, refusal: /UTF-16 or UTF-32 text without a byte-order mark/ },
    { name: 'latin1', bytes: new Uint8Array([0x7b, 0x22, 0x6b, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), refusal: /is not UTF-8 text/ },
    text('deep', `{"kind":"hrba.assessment","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /nested more than 16 levels deep/),
    text('deep-million-objects', `{"kind":"hrba.assessment","x":${'{"a":'.repeat(1_000_000)}1${'}'.repeat(1_000_000)}}`, new RegExp(`x${P}a${P}a.*: Is nested more than 16 levels deep`)),
    text('empty', '', /The file is empty/),
    text('whitespace-only', '\uFEFF  \n\t ', /The file is empty/),
    { name: 'utf32-bom', bytes: new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x7d, 0, 0, 0]), refusal: /is UTF-32 text, which this tool does not read/ },
    { name: 'utf16-bad-bytes', bytes: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]), refusal: /says it is UTF-16 \(little-endian\) text but contains bytes that are not/ },
    text('duplicate-finding-key', twice(findingKey, 'findings'), new RegExp(`assessment${P}findings: Has the key “${findingKey}” twice`)),
    text('duplicate-answer-key', twice(answerKey, 'answers'), new RegExp(`assessment${P}answers: Has the key “${answerKey}” twice`)),
    text('duplicate-escaped-key', twice(findingKey.replace(/^./, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'findings'), new RegExp(`Has the key “${findingKey}” twice`)),
    text('hundred-thousand-findings', `{"kind":"hrba.assessment","formatVersion":2,"assessment":{"findings":{${Array.from({ length: 100_000 }, (_, i) => `"F-${i}":{}`).join(',')}}}}`, new RegExp(`assessment${P}findings: Has more than 10,000 keys`)),
    text('trail-too-long', `{"kind":"hrba.assessment","formatVersion":2,"trail":[${new Array(200_001).fill('{}').join(',')}]}`, /trail: Has more than 200,000 elements/),
    edit('trail-of-empty-events', /trail: The 9,997 entries after position 2 were not checked/, (f) => (f.trail = new Array(10_000).fill({}))),
    text('million-elements', `{"kind":"hrba.assessment","formatVersion":1,"assessment":{"actions":[${new Array(1_000_000).fill('{}').join(',')}]}}`, /more than 10,000 elements/),
    edit('proto-key', /__proto__/, (_, a) => Object.defineProperty(a, '__proto__', { value: { polluted: true }, enumerable: true })),
    edit('kind-number', /kind: The kind is a number; expected hrba\.assessment as text/, (f) => (f.kind = 7)),
    edit('kind-list', /kind: The kind is a list; expected hrba\.assessment as text/, (f) => (f.kind = ['hrba.assessment'])),
    edit('kind-null', /kind: The kind is null; expected hrba\.assessment as text/, (f) => (f.kind = null)),
    edit('kind-missing', /kind: The kind is missing/, (f) => delete f.kind),
    edit('version-text', /formatVersion: The format version must be a whole number/, (f) => (f.formatVersion = '2')),
    edit('answers-list', new RegExp(`assessment${P}answers: Expected an object \\(named fields\\) here`), (_, a) => (a.answers = [])),
    edit('findings-text', new RegExp(`assessment${P}findings: Expected an object \\(named fields\\) here`), (_, a) => (a.findings = 'none')),
    edit('status-number', new RegExp(`assessment${P}answers${P}[A-Z]+-\\d+${P}status: `), (_, a) => (firstAnswer(a).status = 3)),
    edit('unknown-top-key', /Has fields this version does not know: extra/, (f) => (f.extra = true)),
    edit('future-version', /made by a newer version/, (f) => (f.formatVersion = 99)),
    edit('wrong-hash', /different content/, (f, a) => (f.checklist = a.checklist = { ...(a.checklist as Json), contentHash: `sha256:${'0'.repeat(64)}` })),
    edit('duplicate-action', /The id “[^”]+” is used twice/, (_, a) => actions(a).push({ ...actions(a)[0]!, description: 'Overwrites the first' })),
    edit('unknown-item', new RegExp(`answers${P}ZZZ-999: Names question “ZZZ-999”, which hrba-tech 1\\.0\\.0 does not have`), (_, a) => ((a.answers as Json)['ZZZ-999'] = firstAnswer(a))),
    edit('unknown-finding', new RegExp(`findings${P}ZZZ-998: Is a finding on a question`), (_, a) => ((a.findings as Json)['ZZZ-998'] = { title: 'Hidden', updatedAt: a.updatedAt })),
    edit('unknown-triage', new RegExp(`triage${P}made-up: Is not a profile question`), (_, a) => ((a.triage as Json)['made-up'] = true)),
    edit('rlo-name', /hidden direction control \(U\+202E\)/, (_, a) => (subject(a).productName = 'Kestrel Insight Invoice \u202Efdp.exe')),
    edit('zero-width-name', new RegExp(`subject${P}productName: Has only invisible characters`), (_, a) => (subject(a).productName = '\u200B\u200B\u200B')),
    edit('ansi-name', /control character \(U\+001B\)/, (_, a) => (subject(a).productName = 'Kestrel\u001b[2J\u0007')),
    edit('javascript-link', /A link must be a web address/, (_, a) => ((firstAnswer(a).evidence as Json[]).push({ label: 'Click', url: 'javascript:window.__xss=1' }))),
    edit('too-many-findings', /Has 2,001 entries; at most 2,000 are allowed/, (_, a) => {
      a.findings = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`F-${i}`, { title: `F${i}`, updatedAt: a.updatedAt }]));
    }),
    edit('duplicate-action-ids-between', new RegExp(`actions\\[5\\]${P}id: The id “[^”]+” is used twice \\(also at position 2\\)`), (_, a) => (actions(a)[5]!.id = actions(a)[2]!.id)),
    accept('bom-utf8', 'BOM UTF-8', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(renamed('BOM UTF-8', 0xb0))])),
    accept('utf16le-bom', 'UTF-16 little-endian', new Uint8Array([0xff, 0xfe, ...utf16Bytes(renamed('UTF-16 little-endian', 0xb1), true)])),
    accept('utf16be-bom', 'UTF-16 big-endian', new Uint8Array([0xfe, 0xff, ...utf16Bytes(renamed('UTF-16 big-endian', 0xb2), false)])),
    accept('long-trail', 'A long trail', new TextEncoder().encode(renamed('A long trail', 0xb3, (f) => (f.trail = longTrail(f.trail as TrailEvent[], TRAIL_EVENTS))))),
    accept('xss-everywhere', `Kestrel ${XSS}`, edit('xss-everywhere', null, (_, a) => {
      subject(a).productName = `Kestrel ${XSS}`;
      subject(a).organisation = XSS;
      subject(a).description = XSS;
      firstAnswer(a).notes = XSS;
      for (const action of actions(a)) action.description = XSS;
      a.id = '00000000-0000-4000-8000-00000000abcd';
    }).bytes),
  ];
}

function utf16Bytes(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2 + (littleEndian ? 0 : 1)] = text.charCodeAt(i) & 0xff;
    out[i * 2 + (littleEndian ? 1 : 0)] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** The file's trail continued by `count` edits, each hash-linked to the one before: a year of work, say. */
export function longTrail(trail: readonly TrailEvent[], count: number): TrailEvent[] {
  const out = [...trail];
  let head = out.at(-1) ?? null;
  for (let i = 0; i < count; i++) {
    const change: { type: string; itemId: string; note: string } = { type: 'answer.set', itemId: 'CON-01', note: `edit ${i}` };
    head = nextTrailEvent(head, { at: '2026-05-01T10:00:00.000Z', by: 'Assessor', change });
    out.push(head);
  }
  return out;
}
