import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The container for packages that carry files (a vendor's response with its evidence).
 * A ZIP archive (through fflate) holding exactly:
 *
 *   hrba-response.json         the package: canonical JSON, signed as any .hrba.json package
 *   evidence/<64 hex digits>   each evidence file's bytes, named by its SHA-256
 *
 * Nothing else is allowed in it. Files are named by hash, never by the name the
 * vendor gave them, so no entry name can reach outside the archive or collide; the
 * package lists every file with its hash, name, type and size, and the signature over
 * the package therefore covers the files too. Evidence is stored without compression
 * (PDFs and images are compressed already); the package is deflated.
 */
export const CONTAINER_MANIFEST = 'hrba-response.json';
export const CONTAINER_EXTENSION = '.hrba.zip';
export const EVIDENCE_FILE_MAX_BYTES = 25 * 1024 * 1024;
export const CONTAINER_LIMITS = {
  files: 100,
  /** Everything inflated together: evidence plus the package. */
  totalBytes: 300 * 1024 * 1024,
  /** The package JSON itself, as any .hrba.json file. */
  manifestBytes: 25 * 1024 * 1024,
} as const;

const EVIDENCE_ENTRY = /^evidence\/([0-9a-f]{64})$/;
/** A fixed time for every entry, so the same response always packs to the same bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/** `sha256:<hex>` of some bytes, synchronously (evidence is hashed as it is attached). */
export function sha256OfBytes(bytes: Uint8Array): string {
  return `sha256:${bytesToHex(sha256(bytes))}`;
}

export function packContainer(manifestText: string, evidence: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = { [CONTAINER_MANIFEST]: [new TextEncoder().encode(manifestText), { level: 6 }] };
  for (const [hash, bytes] of evidence) {
    entries[`evidence/${hash.replace(/^sha256:/, '')}`] = [bytes, { level: 0 }];
  }
  return zipSync(entries, { mtime: ENTRY_TIME });
}

export type ContainerProblemCode =
  | 'container-unreadable'
  | 'container-entry-unexpected'
  | 'container-entry-twice'
  | 'container-too-many-files'
  | 'container-too-large'
  | 'container-manifest-missing'
  | 'container-manifest-unreadable'
  | 'evidence-too-large';

export interface ContainerProblem {
  code: ContainerProblemCode;
  /** The entry concerned, when there is one (already safe to show: names are checked before use). */
  entry?: string;
}

export type UnpackResult =
  | { ok: true; manifestText: string; files: Map<string, Uint8Array> }
  | { ok: false; problem: ContainerProblem };

/**
 * Opens a container, refusing before anything is inflated: entries not in the layout,
 * an entry twice, too many files, a file declared larger than 25 MB or an archive
 * declared larger in all than the limit. fflate inflates each entry into a buffer of
 * its declared size, so a lying header cannot make it grow; a file whose bytes then
 * differ from its declared hash is caught by the evidence check.
 */
export function unpackContainer(bytes: Uint8Array): UnpackResult {
  const seen = new Set<string>();
  let problem: ContainerProblem | null = null;
  let total = 0;
  let files = 0;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (entry) => {
        if (problem) return false;
        const name = entry.name;
        const shown = name.slice(0, 120).replace(/[^\x20-\x7E]/g, '?');
        if (seen.has(name)) problem = { code: 'container-entry-twice', entry: shown };
        else if (name !== CONTAINER_MANIFEST && !EVIDENCE_ENTRY.test(name)) problem = { code: 'container-entry-unexpected', entry: shown };
        else if (name === CONTAINER_MANIFEST && entry.originalSize > CONTAINER_LIMITS.manifestBytes) problem = { code: 'container-too-large', entry: shown };
        else if (name !== CONTAINER_MANIFEST && entry.originalSize > EVIDENCE_FILE_MAX_BYTES) problem = { code: 'evidence-too-large', entry: shown };
        else if (name !== CONTAINER_MANIFEST && ++files > CONTAINER_LIMITS.files) problem = { code: 'container-too-many-files' };
        else if ((total += entry.originalSize) > CONTAINER_LIMITS.totalBytes) problem = { code: 'container-too-large' };
        seen.add(name);
        return !problem;
      },
    });
  } catch {
    return { ok: false, problem: { code: 'container-unreadable' } };
  }
  if (problem) return { ok: false, problem };
  const manifest = raw[CONTAINER_MANIFEST];
  if (!manifest) return { ok: false, problem: { code: 'container-manifest-missing' } };
  let manifestText: string;
  try {
    manifestText = new TextDecoder('utf-8', { fatal: true }).decode(manifest);
  } catch {
    return { ok: false, problem: { code: 'container-manifest-unreadable' } };
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(raw)) {
    const m = EVIDENCE_ENTRY.exec(name);
    if (m) out.set(`sha256:${m[1]}`, data);
  }
  return { ok: true, manifestText, files: out };
}
