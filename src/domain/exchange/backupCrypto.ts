import { z } from 'zod';
import { canonicalJson } from '../canonical';
import { detail, formatZodIssues, problem, refineProblem, type Problem } from '../problems';
import { BACKUP_MAX_BYTES, parseJsonObject, restoreBackup, type BackupFile } from './backup';

/**
 * Passphrase encryption of a backup with WebCrypto only (browser and Node alike):
 * AES-256-GCM under a key derived by PBKDF2-SHA-256. The header (algorithms,
 * iterations, salt, IV) is bound to the ciphertext as additional data, so a
 * tampered header fails exactly like a wrong passphrase and never decrypts.
 */
export const ENCRYPTED_BACKUP_KIND = 'hrba.backup.encrypted';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; files made with fewer than 310,000 are refused. */
export const PBKDF2_ITERATIONS = 600_000;
const MIN_ITERATIONS = 310_000;

const Base64 = (bytes: number) =>
  z
    .string()
    .refine((s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s), refineProblem(detail('base64-expected')))
    .refine((s) => decodedLength(s) === bytes, refineProblem(detail('bytes-expected', { bytes })));

function decodedLength(text: string): number {
  try {
    return fromBase64(text).length;
  } catch {
    return -1;
  }
}

const HeaderSchema = z.strictObject({
  kind: z.literal(ENCRYPTED_BACKUP_KIND),
  formatVersion: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(10_000_000),
    salt: Base64(16),
  }),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: Base64(12) }),
});
export const EncryptedBackupSchema = HeaderSchema.extend({ ciphertext: z.string().refine((s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s), refineProblem(detail('base64-expected'))) });
export type EncryptedBackup = z.infer<typeof EncryptedBackupSchema>;

export async function encryptBackupText(plain: string, passphrase: string, options: { iterations?: number } = {}): Promise<string> {
  if (passphrase.length === 0) throw new Error('a passphrase cannot be empty');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: z.infer<typeof HeaderSchema> = {
    kind: ENCRYPTED_BACKUP_KIND,
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: options.iterations ?? PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(header) }, key, new TextEncoder().encode(plain));
  return `${JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(sealed)) })}\n`;
}

export type OpenedBackup =
  | { ok: true; file: BackupFile; encrypted: boolean }
  | { ok: false; reason: 'passphrase-needed' | 'wrong-passphrase' | 'invalid'; problems: Problem[] };

/**
 * The one way in for a backup file, encrypted or not. An encrypted file without a
 * passphrase asks for one; a passphrase that does not open it gets its own message.
 */
export async function openBackupText(text: string, passphrase?: string): Promise<OpenedBackup> {
  const outer = parseJsonObject(text, 'hrba.backup', BACKUP_MAX_BYTES);
  if (!outer.ok) return { ok: false, reason: 'invalid', problems: outer.problems };
  if (outer.record.kind !== ENCRYPTED_BACKUP_KIND) return settle(restoreBackup(outer.record), false);
  const envelope = EncryptedBackupSchema.safeParse(outer.record);
  if (!envelope.success) return { ok: false, reason: 'invalid', problems: formatZodIssues(envelope.error.issues) };
  if (!passphrase) {
    return { ok: false, reason: 'passphrase-needed', problems: [problem('', 'passphrase-needed')] };
  }
  const { ciphertext, ...header } = envelope.data;
  let plain: string;
  try {
    const key = await deriveKey(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.cipher.iv), additionalData: aad(header) },
      key,
      fromBase64(ciphertext),
    );
    plain = new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    // GCM cannot tell a wrong key from altered bytes; both mean this passphrase does not open it.
    return { ok: false, reason: 'wrong-passphrase', problems: [problem('', 'passphrase-wrong')] };
  }
  const inner = parseJsonObject(plain, 'hrba.backup', BACKUP_MAX_BYTES);
  if (!inner.ok) return { ok: false, reason: 'invalid', problems: inner.problems };
  return settle(restoreBackup(inner.record), true);
}

function settle(parsed: ReturnType<typeof restoreBackup>, encrypted: boolean): OpenedBackup {
  return parsed.ok ? { ok: true, file: parsed.file, encrypted } : { ok: false, reason: 'invalid', problems: parsed.problems };
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

function aad(header: z.infer<typeof HeaderSchema>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(header));
}

/** Bytes as base64 text (also how a backup carries evidence files). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
