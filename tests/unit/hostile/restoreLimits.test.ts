import { describe, expect, it } from 'vitest';
import {
  HRBA_FILE_MAX_BYTES,
  JSON_SHAPE_LIMITS,
  LIMITS,
  makeHrbaFile,
  restoreHrbaFile,
  restoreHrbaFileBytes,
  serializeHrbaFile,
  TRAIL_MAX_EVENTS,
  type HrbaFile,
} from '../../../src/domain';
import { longTrail } from '../../hostile/corpus';
import { makeAssessment, T1 } from '../helpers/assessment';

const generator = { name: 'hrba-tech', version: '0.1.0' };
const sample = (): HrbaFile => makeHrbaFile(makeAssessment(), generator, T1);
const refused = (text: string) => {
  const result = restoreHrbaFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};
const withAssessment = (patch: Record<string, unknown>) => JSON.stringify({ ...sample(), assessment: { ...sample().assessment, ...patch } });

describe('sizes are measured in bytes, before any work', () => {
  it('refuses multi-byte text over the limit even when it has fewer characters than the limit', () => {
    const text = '€'.repeat(Math.ceil(HRBA_FILE_MAX_BYTES / 3) + 10); // 3 bytes each: over 25 MB, under 25 M characters
    expect(text.length).toBeLessThan(HRBA_FILE_MAX_BYTES);
    expect(refused(text)).toEqual([{ path: '', code: 'file-too-large', values: { megabytes: 25, max: 25 } }]);
  });

  it('refuses bytes over the limit without decoding them', () => {
    const result = restoreHrbaFileBytes(new Uint8Array(HRBA_FILE_MAX_BYTES + 1));
    expect(result).toEqual({ ok: false, problems: [{ path: '', code: 'file-too-large', values: { megabytes: 25, max: 25 } }] });
  });
});

describe('encodings are read the same way everywhere', () => {
  const text = serializeHrbaFile(sample());
  const utf16 = (littleEndian: boolean) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 + i * 2 + (littleEndian ? 0 : 1)] = code & 0xff;
      out[2 + i * 2 + (littleEndian ? 1 : 0)] = code >> 8;
    }
    return out;
  };

  it.each([
    ['UTF-8', new TextEncoder().encode(text)],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ['UTF-16 little-endian with a byte-order mark', utf16(true)],
    ['UTF-16 big-endian with a byte-order mark', utf16(false)],
  ])('reads %s to the same file', (_, bytes) => {
    const result = restoreHrbaFileBytes(bytes);
    expect(result.ok && serializeHrbaFile(result.file)).toBe(text);
  });

  it('says UTF-16 without a byte-order mark is UTF-16, with no raw NUL bytes in the message', () => {
    const result = restoreHrbaFileBytes(utf16(true).subarray(2));
    expect(result).toEqual({ ok: false, problems: [{ path: '', code: 'file-no-bom' }] });
  });

  it('names UTF-32 and Latin-1 files for what they are', () => {
    expect(restoreHrbaFileBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({ ok: false, problems: [{ path: '', code: 'file-utf32' }] });
    expect(restoreHrbaFileBytes(new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]))).toMatchObject({ ok: false, problems: [{ path: '', code: 'file-not-utf8' }] });
  });
});

describe('the shape of the JSON is bounded before any schema runs', () => {
  it('refuses nesting a million levels deep without overflowing the stack', () => {
    const text = `{"kind":"hrba.assessment","formatVersion":1,"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    expect(refused(text)).toEqual([
      { path: `x${"[0]".repeat(JSON_SHAPE_LIMITS.depth - 1)}`, code: 'json-too-deep', values: { max: JSON_SHAPE_LIMITS.depth } },
    ]);
  });

  it('refuses a million-element array by its length, naming where it is', () => {
    const text = withAssessment({ actions: new Array(1_000_000).fill({}) });
    expect(refused(text)).toEqual([
      { path: 'assessment.actions', code: 'json-too-many-entries', values: { max: 10_000, entries: 'elements' } },
    ]);
  });

  it('counts a collection before checking its entries: findings over the limit are refused by count alone', () => {
    const findings = Object.fromEntries(Array.from({ length: LIMITS.findings + 1 }, (_, i) => [`F-${i}`, { nonsense: true }]));
    expect(refused(withAssessment({ findings }))).toEqual([
      { path: 'assessment.findings', code: 'count-over-limit', values: { count: 2001, max: 2000 } },
    ]);
  });

  it('refuses more actions than allowed before looking at any of them', () => {
    expect(refused(withAssessment({ actions: new Array(LIMITS.actions + 1).fill(42) }))).toEqual([
      { path: 'assessment.actions', code: 'count-over-limit', values: { count: 1001, max: 1000 } },
    ]);
  });
});

describe('long trails are accepted up to the trail’s own limit', () => {
  it('reads a hash-linked trail of 20,000 events, twice what any other list may hold', () => {
    const file = { ...sample(), trail: longTrail([], 20_000) };
    const result = restoreHrbaFile(JSON.stringify(file));
    expect(result.ok && result.file.trail.length).toBe(20_000);
    expect(20_000).toBeGreaterThan(JSON_SHAPE_LIMITS.entries);
  });

  it('has one limit for the trail, in the structure scan and the schema', () => {
    expect(JSON_SHAPE_LIMITS.longLists.trail).toBe(TRAIL_MAX_EVENTS);
    const over = `{"kind":"hrba.assessment","formatVersion":2,"trail":[${new Array(TRAIL_MAX_EVENTS + 1).fill('{}').join(',')}]}`;
    expect(refused(over)).toEqual([{ path: 'trail', code: 'json-too-many-entries', values: { max: 200_000, entries: 'elements' } }]);
  });

  it('keeps the 10,000 bound for a list called trail anywhere else', () => {
    const text = withAssessment({ trail: new Array(JSON_SHAPE_LIMITS.entries + 1).fill({}) });
    expect(refused(text)).toEqual([
      { path: 'assessment.trail', code: 'json-too-many-entries', values: { max: 10_000, entries: 'elements' } },
    ]);
  });

  it('stops checking a long trail after three bad events, with a message saying so', () => {
    const problems = refused(JSON.stringify({ ...sample(), trail: new Array(TRAIL_MAX_EVENTS).fill({}) }));
    expect(problems.length).toBeLessThanOrEqual(3 * 6 + 1);
    expect(problems.at(-1)).toEqual({ path: 'trail', code: 'not-checked-after', values: { count: 199_997, index: 2 } });
  });
});

describe('a key written twice is refused, not silently kept once', () => {
  it('names the map and the key, also when one of the two is written with escapes', () => {
    const text = withAssessment({ findings: {} }).replace('"findings":{}', '"findings":{"F-1":{"title":"A"},"\\u0046-1":{"title":"B"}}');
    expect(refused(text)).toEqual([{ path: 'assessment.findings', code: 'json-duplicate-key', values: { key: 'F-1' } }]);
  });
});

describe('kind and version say what is wrong', () => {
  it('says what kind is when it is present but not text', () => {
    expect(refused(JSON.stringify({ ...sample(), kind: 7 }))).toEqual([
      { path: 'kind', code: 'kind-not-text', values: { found: 'number', expected: ['hrba.assessment'] } },
    ]);
  });

  it('refuses a version below 1', () => {
    expect(refused(JSON.stringify({ ...sample(), formatVersion: 0 }))).toEqual([{ path: 'formatVersion', code: 'version-below-one', values: { found: 0 } }]);
  });
});
