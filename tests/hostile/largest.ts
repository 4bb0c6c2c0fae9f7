import { HRBA_FILE_MAX_BYTES, LIMITS } from '../../src/domain';

type Json = Record<string, unknown>;

/** What the largest allowed file is made of, for the bench's table and the tests' messages. */
export interface LargestFile {
  text: string;
  bytes: number;
  findings: number;
  actions: number;
}

/**
 * The largest `.hrba.json` the app accepts, built from a valid file: every finding
 * and action the limits allow (LIMITS.findings custom findings, LIMITS.actions actions
 * linked to them), with descriptions padded until the file is just under the byte limit
 * (HRBA_FILE_MAX_BYTES). Multi-byte text is mixed in so the byte count, not the character
 * count, is what reaches the limit. Nothing in it is refused.
 */
export function largestAllowedFile(validText: string, margin = 64 * 1024): LargestFile {
  const file = JSON.parse(validText) as Json;
  const a = file.assessment as Json;
  const at = a.updatedAt as string;
  const keys = Array.from({ length: LIMITS.findings }, (_, i) => `F-bench-${String(i).padStart(4, '0')}`);
  const build = (pad: number) => {
    a.findings = Object.fromEntries(
      keys.map((key, i) => [key, { title: `Finding ${i} — Łódź résumé`, description: `Ωμέγα ${i}: ${'x'.repeat(pad)}`, updatedAt: at }]),
    );
    a.actions = Array.from({ length: LIMITS.actions }, (_, i) => ({
      id: `bench-action-${i}`,
      findingKeys: [keys[i % keys.length]!],
      description: `Action ${i}: ${'y'.repeat(400)}`,
    }));
    return JSON.stringify(file);
  };
  const bytesOf = (text: string) => new TextEncoder().encode(text).byteLength;
  // The size grows by one byte per finding for each extra character of padding.
  const base = bytesOf(build(0));
  const pad = Math.min(19_000, Math.floor((HRBA_FILE_MAX_BYTES - margin - base) / LIMITS.findings));
  const text = build(pad);
  return { text, bytes: bytesOf(text), findings: LIMITS.findings, actions: LIMITS.actions };
}
