// The npm `buffer` package (what the browser bundle gets), not Node's built-in module of the same name.
import { Buffer as PolyfillBuffer } from 'buffer/index.js';
import { describe, expect, it } from 'vitest';
import { nodeCompatible } from '../../../src/crypto/bufferShim';

describe('the browser Buffer polyfill, as the crypto layer installs it', () => {
  it('searches backwards from the end when lastIndexOf is given an encoding instead of an offset, as Node does', () => {
    // On Node the crypto layer keeps Node's Buffer, so the polyfill is still unpatched here.
    // Typed as the `buffer` package's own types, which are what src/crypto compiles against.
    const Polyfill = PolyfillBuffer as unknown as Parameters<typeof nodeCompatible>[0];
    const encodingAsOffset = 'utf8' as unknown as number;
    const text = '3 0 obj\n<</Type /Page /Resources << /Font 2 0 R >> >>\nendobj\n';
    expect(Buffer.from(text).lastIndexOf('>>', 'utf8')).toBe(text.lastIndexOf('>>'));
    // What @signpdf/placeholder-plain got in the browser before: nothing found, and the dictionary cut short.
    expect(Polyfill.from(text).lastIndexOf('>>', encodingAsOffset)).toBe(-1);
    const patched = nodeCompatible(Polyfill);
    expect(patched.from(text).lastIndexOf('>>', encodingAsOffset)).toBe(text.lastIndexOf('>>'));
    expect(patched.from(text).lastIndexOf('>>', 20)).toBe(text.lastIndexOf('>>', 20));
    expect(patched.from(text).indexOf('endobj', encodingAsOffset)).toBe(text.indexOf('endobj'));
  });
});
