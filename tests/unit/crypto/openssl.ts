import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Keys, certificates and PKCS#12 files made by the openssl command line, so the
 * tests read what real tools write, not what our own code produced.
 */
export const work = mkdtempSync(join(tmpdir(), 'hrba-crypto-'));

export function openssl(...args: string[]): string {
  const r = spawnSync('openssl', args, { cwd: work, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

export type KeyType = 'rsa:2048' | 'rsa:1024' | 'P-256' | 'P-384' | 'ed25519';

export function newKey(name: string, type: KeyType): string {
  const key = `${name}.key`;
  if (type.startsWith('rsa:')) openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${type.slice(4)}`, '-out', key);
  else if (type === 'ed25519') openssl('genpkey', '-algorithm', 'ED25519', '-out', key);
  else openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${type}`, '-out', key);
  return key;
}

/** A self-signed certificate valid from now for `days`. */
export function selfSigned(name: string, type: KeyType, subject = `/CN=${name}/O=Test Org`, days = 30): { key: string; cert: string } {
  const key = newKey(name, type);
  const cert = `${name}.crt`;
  openssl('req', '-x509', '-new', '-key', key, '-out', cert, '-days', String(days), '-subj', subject);
  return { key, cert };
}

/**
 * A self-signed certificate with chosen validity dates (YYYYMMDDHHMMSSZ), made
 * with `openssl ca -selfsign`, the one OpenSSL 3.0 command that sets both dates.
 */
export function datedSelfSigned(name: string, start: string, end: string): { key: string; cert: string } {
  const key = newKey(name, 'rsa:2048');
  const dir = join(work, `${name}-ca`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'serial'), '1000\n');
  const config = join(dir, 'ca.cnf');
  writeFileSync(
    config,
    `[ca]\ndefault_ca = here\n[here]\ndatabase = ${dir}/index.txt\nnew_certs_dir = ${dir}\nserial = ${dir}/serial\ndefault_md = sha256\npolicy = any\n[any]\ncommonName = supplied\norganizationName = optional\n`,
  );
  openssl('req', '-new', '-key', key, '-subj', `/CN=${name}/O=Test Org`, '-out', `${name}.csr`);
  const cert = `${name}.crt`;
  openssl('ca', '-batch', '-config', config, '-selfsign', '-keyfile', key, '-in', `${name}.csr`, '-startdate', start, '-enddate', end, '-notext', '-out', cert);
  return { key, cert };
}

/** A leaf certificate issued by a CA certificate (for chain and trust tests). */
export function issued(name: string, ca: { key: string; cert: string }, type: KeyType = 'rsa:2048'): { key: string; cert: string } {
  const key = newKey(name, type);
  openssl('req', '-new', '-key', key, '-subj', `/CN=${name}/O=Test Org`, '-out', `${name}.csr`);
  const cert = `${name}.crt`;
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', ca.cert, '-CAkey', ca.key, '-CAcreateserial', '-days', '30', '-out', cert);
  return { key, cert };
}

export interface P12Options {
  key?: string;
  cert?: string;
  certfile?: string;
  legacy?: boolean;
  passphrase?: string;
  nokeys?: boolean;
  nocerts?: boolean;
}

/** `openssl pkcs12 -export`: by default OpenSSL 3's AES-256-CBC / PBKDF2 / HMAC-SHA256; `legacy` gives 3DES and RC2-40 with a SHA-1 MAC. */
export function pkcs12(name: string, o: P12Options): Uint8Array {
  const out = `${name}.p12`;
  const args = ['pkcs12', '-export', '-out', out, '-passout', `pass:${o.passphrase ?? 'correct horse'}`];
  if (o.key) args.push('-inkey', o.key);
  if (o.cert) args.push('-in', o.cert);
  if (o.certfile) args.push('-certfile', o.certfile);
  if (o.legacy) args.push('-legacy');
  if (o.nokeys) args.push('-nokeys');
  if (o.nocerts) args.push('-nocerts');
  openssl(...args);
  return read(out);
}

export const read = (name: string) => new Uint8Array(readFileSync(join(work, name)));
export const readText = (name: string) => readFileSync(join(work, name), 'utf8');
export const path = (name: string) => join(work, name);

/** How openssl describes a PKCS#12 file's encryption (for asserting that the file is the kind the test claims). */
export function pkcs12Info(name: string, passphrase = 'correct horse'): string {
  const r = spawnSync('openssl', ['pkcs12', '-info', '-noout', '-in', `${name}.p12`, '-passin', `pass:${passphrase}`, '-legacy'], { cwd: work, encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}
