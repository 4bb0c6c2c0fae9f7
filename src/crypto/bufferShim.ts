import { Buffer as BufferPolyfill } from 'buffer';

/**
 * @signpdf works on Node Buffers and checks `instanceof Buffer` against the
 * global; browsers have none, so the lazy crypto chunk installs the `buffer`
 * package's one (Node keeps its own).
 *
 * One difference matters: @signpdf/placeholder-plain calls
 * `lastIndexOf('>>', 'utf8')`, passing the encoding where the offset goes.
 * Node then searches the whole buffer; the polyfill reads the offset as 0, finds
 * nothing, and the page dictionary gets cut one character short, which leaves a
 * PDF no reader sees a signature in. The polyfill is given Node's behaviour.
 */
export function nodeCompatible(polyfill: typeof BufferPolyfill): typeof BufferPolyfill {
  const proto = polyfill.prototype as { lastIndexOf: (value: unknown, byteOffset?: unknown, encoding?: unknown) => number; __nodeCompatible?: true };
  if (proto.__nodeCompatible) return polyfill;
  const original = proto.lastIndexOf;
  proto.lastIndexOf = function lastIndexOf(this: unknown, value: unknown, byteOffset?: unknown, encoding?: unknown) {
    return typeof byteOffset === 'string' ? original.call(this, value, undefined, byteOffset) : original.call(this, value, byteOffset, encoding);
  };
  proto.__nodeCompatible = true;
  return polyfill;
}

const globalBuffer = (globalThis as { Buffer?: typeof BufferPolyfill }).Buffer;
export const NodeBuffer: typeof BufferPolyfill = globalBuffer ?? nodeCompatible(BufferPolyfill);
(globalThis as { Buffer?: typeof BufferPolyfill }).Buffer = NodeBuffer;
