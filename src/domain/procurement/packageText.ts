import { formatZodIssues, problem, type Problem } from '../problems';
import { HRBA_FORMAT_VERSION } from '../exchange/hrbaFile';
import { readJsonObject } from '../exchange/jsonText';
import { z } from 'zod';
import { PackageSignatureSchema } from '../exchange/signatures';

/**
 * The first steps every procurement package goes through, in the same order as an
 * assessment file (README "Hostile and oversized files"): size, JSON structure,
 * syntax, kind, version; then the kind's own schema. `original` is the object as the
 * file held it, which is what a signature covers.
 */
export type PackageRead<T> = { ok: true; file: T; original: Record<string, unknown> } | { ok: false; problems: Problem[] };


export function readPackageText<S extends z.ZodType>(text: string, kind: string, schema: S): PackageRead<z.infer<S>> {
  const read = readJsonObject(text, kind);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const record = read.record;
  if (record.kind !== kind) {
    const found = typeof record.kind === 'string' ? problem('kind', 'kind-unknown', { found: record.kind.slice(0, 60), expected: [kind] }) : problem('kind', 'kind-missing', { expected: [kind] });
    return { ok: false, problems: [found] };
  }
  if (record.formatVersion !== HRBA_FORMAT_VERSION) {
    return { ok: false, problems: [problem('formatVersion', 'version-unsupported', { found: String(record.formatVersion).slice(0, 20), kind, version: HRBA_FORMAT_VERSION })] };
  }
  const parsed = schema.safeParse(record);
  if (!parsed.success) return { ok: false, problems: formatZodIssues(parsed.error.issues) };
  return { ok: true, file: parsed.data, original: record };
}

/**
 * The fields every procurement package shares with the assessment file's envelope, and
 * its optional detached JWS signatures (made and checked by src/crypto).
 */
export function packageEnvelope<K extends string>(kind: K) {
  return {
    kind: z.literal(kind),
    formatVersion: z.literal(HRBA_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    generator: z.strictObject({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
    signatures: z.array(PackageSignatureSchema).min(1).max(20).optional(),
  };
}
