import { problem, type Problem, type ProblemCode } from '../problems';

/**
 * Turns the bytes of a file into text the same way in the app and the CLI:
 * UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark
 * (little- or big-endian) are read; anything else gets a message saying what it
 * looks like and how to save it, never a message full of raw NUL bytes.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

const fail = (code: Extract<ProblemCode, 'file-utf32' | 'file-no-bom' | 'file-not-utf8'>): DecodeResult => ({ ok: false, problem: problem('', code) });

export function decodeFileBytes(bytes: Uint8Array): DecodeResult {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return fail('file-utf32');
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be', bytes.subarray(2));
  // JSON starts with ASCII; a NUL in the first bytes means UTF-16 or UTF-32 saved without a byte-order mark.
  if (bytes.subarray(0, 4).includes(0)) {
    return fail('file-no-bom');
  }
  return decode('utf-8', bytes);
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    if (encoding === 'utf-8') return fail('file-not-utf8');
    return { ok: false, problem: problem('', 'file-bad-utf16', { endian: encoding === 'utf-16le' ? 'little' : 'big' }) };
  }
}

/** How many bytes a string takes as UTF-8, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
