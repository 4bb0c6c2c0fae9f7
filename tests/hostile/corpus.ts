/**
 * A generator of hostile `.hrba.json` files, built from a valid file at test time
 * (nothing large is committed). Each entry says which words the refusal must contain,
 * so a test can check that every refusal is specific; `accept` entries are valid but
 * carry markup that must stay text.
 */
export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** A fragment the refusal must contain; null when the file is valid and must import. */
  refusal: RegExp | null;
}

type Json = Record<string, unknown>;
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
  const utf16 = new Uint8Array(validText.length * 2);
  for (let i = 0; i < validText.length; i++) {
    utf16[i * 2] = validText.charCodeAt(i) & 0xff;
    utf16[i * 2 + 1] = validText.charCodeAt(i) >> 8;
  }
  return [
    text('truncated', validText.slice(0, validText.length / 2), /is not valid JSON/),
    { name: 'utf16-no-bom', bytes: utf16, refusal: /UTF-16 or UTF-32 text without a byte-order mark/ },
    { name: 'latin1', bytes: new Uint8Array([0x7b, 0x22, 0x6b, 0xe9, 0x22, 0x3a, 0x31, 0x7d]), refusal: /is not UTF-8 text/ },
    text('deep', `{"kind":"hrba.assessment","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /nested more than 16 levels deep/),
    text('million-elements', `{"kind":"hrba.assessment","formatVersion":1,"assessment":{"actions":[${new Array(1_000_000).fill('{}').join(',')}]}}`, /more than 10,000 elements/),
    edit('proto-key', /__proto__/, (_, a) => Object.defineProperty(a, '__proto__', { value: { polluted: true }, enumerable: true })),
    edit('kind-number', /kind: is the number 7/, (f) => (f.kind = 7)),
    edit('future-version', /made by a newer version/, (f) => (f.formatVersion = 99)),
    edit('wrong-hash', /different content/, (f, a) => (f.checklist = a.checklist = { ...(a.checklist as Json), contentHash: `sha256:${'0'.repeat(64)}` })),
    edit('duplicate-action', /action id "[^"]+" is used twice/, (_, a) => actions(a).push({ ...actions(a)[0]!, description: 'Overwrites the first' })),
    edit('unknown-item', /answers\.ZZZ-999: answers a question that/, (_, a) => ((a.answers as Json)['ZZZ-999'] = firstAnswer(a))),
    edit('unknown-finding', /findings\.ZZZ-998: is a finding on a question/, (_, a) => ((a.findings as Json)['ZZZ-998'] = { title: 'Hidden', updatedAt: a.updatedAt })),
    edit('unknown-triage', /triage\.made-up: is not a profile question/, (_, a) => ((a.triage as Json)['made-up'] = true)),
    edit('rlo-name', /hidden direction control \(U\+202E\)/, (_, a) => (subject(a).productName = 'Kestrel Insight Invoice \u202Efdp.exe')),
    edit('zero-width-name', /give the product a name: it has only invisible characters/, (_, a) => (subject(a).productName = '\u200B\u200B\u200B')),
    edit('ansi-name', /control character \(U\+001B\)/, (_, a) => (subject(a).productName = 'Kestrel\u001b[2J\u0007')),
    edit('javascript-link', /a link must be a web address/, (_, a) => ((firstAnswer(a).evidence as Json[]).push({ label: 'Click', url: 'javascript:window.__xss=1' }))),
    edit('too-many-findings', /has 2,001 findings; at most 2,000/, (_, a) => {
      a.findings = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`F-${i}`, { title: `F${i}`, updatedAt: a.updatedAt }]));
    }),
    edit('xss-everywhere', null, (_, a) => {
      subject(a).productName = `Kestrel ${XSS}`;
      subject(a).organisation = XSS;
      subject(a).description = XSS;
      firstAnswer(a).notes = XSS;
      for (const action of actions(a)) action.description = XSS;
      a.id = '00000000-0000-4000-8000-00000000abcd';
    }),
  ];
}
