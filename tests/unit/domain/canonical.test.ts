import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from '../../../src/domain';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every depth and drops white space', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('sorts keys by UTF-16 code units, not by code points', () => {
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB33 in UTF-16.
    expect(canonicalJson({ '\ufb33': 1, '\u{1F600}': 2, '\u20ac': 3 })).toBe('{"\u20ac":3,"\u{1F600}":2,"\ufb33":1}');
  });

  it('writes numbers in their shortest round-trip form', () => {
    expect(canonicalJson([1.0, -0, 1e21, 0.1 + 0.2, 1e-7])).toBe('[1,0,1e+21,0.30000000000000004,1e-7]');
  });

  it('drops undefined properties, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('throws for a value with no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('does not depend on insertion order', () => {
    expect(canonicalJson({ x: 1, y: [true] })).toBe(canonicalJson({ y: [true], x: 1 }));
  });
});

describe('hashes', () => {
  it('sha256Hex matches the FIPS 180-2 test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of the text', async () => {
    // "é" is C3 A9 in UTF-8; hashing UTF-16 code units or Latin-1 would differ.
    expect(await sha256Hex('\u00e9')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
  });

  it('contentHash is sha256 over the canonical text, so key order never changes it', async () => {
    const hash = await contentHash({ b: 1, a: 2 });
    expect(hash).toBe(`sha256:${await sha256Hex('{"a":2,"b":1}')}`);
    expect(await contentHash({ a: 2, b: 1 })).toBe(hash);
    expect(await contentHash({ a: 2, b: 2 })).not.toBe(hash);
  });
});
