import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import forge from 'node-forge';
import IdentityPage from '../../src/ui/identity/IdentityPage';
import { IDENTITY_ERROR_TEXT } from '../../src/crypto/messages';
import { makeServices, renderWithServices } from './helpers';
import { datedSelfSigned, openssl, pkcs12, read, readText, selfSigned } from '../unit/crypto/openssl';

// Key generation by openssl and WebCrypto shares two cores with the rest of the suite.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 120_000 });

const PASS = 'correct horse';
const p12File = (bytes: Uint8Array, name = 'id.p12') => new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/x-pkcs12' });

async function importFile(file: File, passphrase: string) {
  await userEvent.upload(screen.getByLabelText('PKCS#12 file (.p12 or .pfx)'), file);
  const field = screen.getByLabelText('Passphrase');
  await userEvent.clear(field);
  if (passphrase) await userEvent.type(field, passphrase);
  await userEvent.click(screen.getByRole('button', { name: 'Import identity' }));
}

describe('Identity screen: importing a PKCS#12 file', () => {
  const alice = selfSigned('ui-alice', 'rsa:2048', '/CN=Alice Auditor/O=Audit & Co');

  it('shows subject, issuer, validity and the SHA-256 fingerprint openssl reports, and exports the certificate', async () => {
    const services = makeServices({ now: () => new Date() });
    renderWithServices(<IdentityPage />, services);
    await importFile(p12File(pkcs12('ui-alice', alice)), PASS);
    const card = await screen.findByRole('listitem', { name: 'Identity Alice Auditor' });
    const fingerprint = openssl('x509', '-in', alice.cert, '-noout', '-fingerprint', '-sha256').split('=')[1]!.trim().replace(/:/g, '').toLowerCase();
    const text = card.textContent ?? '';
    expect(text).toContain('CN=Alice Auditor, O=Audit & Co');
    expect(text).toContain('(self-signed)');
    expect(text.replace(/\s/g, '')).toContain(fingerprint);
    expect(text).toMatch(/valid now/);
    expect(screen.getByRole('status').textContent).toBe('Added the identity “Alice Auditor”.');

    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test/pem');
    try {
      await userEvent.click(within(card).getByRole('button', { name: 'Export certificate (PEM)' }));
    } finally {
      URL.createObjectURL = original;
    }
    expect((await blobs[0]!.text()).replace(/\s/g, '')).toBe(readText(alice.cert).replace(/\s/g, ''));

    await importFile(p12File(pkcs12('ui-alice-again', alice)), PASS);
    expect((await screen.findByRole('alert')).textContent).toBe('This certificate is already one of your identities.');
    expect(await services.db.identities.count()).toBe(1);
  });

  it('accepts a non-ASCII passphrase on an OpenSSL 3 (PBES2) file', async () => {
    const services = makeServices({ now: () => new Date() });
    renderWithServices(<IdentityPage />, services);
    await importFile(p12File(pkcs12('ui-alice-utf8', { ...alice, passphrase: 'mot de passe: été' })), 'mot de passe: été');
    await screen.findByRole('listitem', { name: 'Identity Alice Auditor' });
  });

  it('says exactly what is wrong with each bad file, and stores nothing', async () => {
    const services = makeServices({ now: () => new Date() });
    renderWithServices(<IdentityPage />, services);
    const other = selfSigned('ui-other', 'rsa:2048');
    const key = forge.pki.privateKeyFromPem(readText(alice.key));
    const mismatched = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [forge.pki.certificateFromPem(readText(other.cert))], PASS, { algorithm: 'aes256' })).getBytes();
    const cases: [string, File, string][] = [
      ['wrong-passphrase', p12File(pkcs12('ui-wrong', alice)), 'not the passphrase'],
      ['not-pkcs12', p12File(read(alice.cert), 'cert.p12'), PASS],
      ['no-private-key', p12File(pkcs12('ui-nokey', { cert: alice.cert, nokeys: true })), PASS],
      ['key-certificate-mismatch', p12File(Uint8Array.from(mismatched, (c) => c.charCodeAt(0))), PASS],
      ['certificate-expired', p12File(pkcs12('ui-expired', datedSelfSigned('ui-expired', '20200101000000Z', '20210101000000Z'))), PASS],
      ['certificate-not-yet-valid', p12File(pkcs12('ui-future', datedSelfSigned('ui-future', '20990101000000Z', '20991231000000Z'))), PASS],
      ['unsupported-algorithm', p12File(pkcs12('ui-p384', selfSigned('ui-p384', 'P-384'))), PASS],
    ];
    for (const [code, file, passphrase] of cases) {
      await importFile(file, passphrase);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(IDENTITY_ERROR_TEXT[code as keyof typeof IDENTITY_ERROR_TEXT]));
      expect(await services.db.identities.count()).toBe(0);
    }
    expect(screen.getByText('No identity yet. Import a PKCS#12 file or create one below.')).toBeTruthy();
  });
});

describe('Identity screen: a self-signed identity', () => {
  it('creates one with a non-extractable key, and deletes it only after confirmation', async () => {
    const services = makeServices({ now: () => new Date() });
    renderWithServices(<IdentityPage />, services);
    await userEvent.click(screen.getByRole('button', { name: 'Create identity' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter your name as it should appear on signatures.');
    await userEvent.type(screen.getByLabelText('Your name (required)'), 'Zoë Łukasik');
    await userEvent.type(screen.getByLabelText('Organisation'), 'Audit Coop');
    await userEvent.type(screen.getByLabelText('Email'), 'zoe@example.org');
    await userEvent.click(screen.getByLabelText('RSA 2048 (read by older tools)'));
    await userEvent.click(screen.getByRole('button', { name: 'Create identity' }));
    const card = await screen.findByRole('listitem', { name: 'Identity Zoë Łukasik' });
    expect(card.textContent).toContain('CN=Zoë Łukasik, O=Audit Coop, E=zoe@example.org');
    expect(card.textContent).toContain('RSA-2048');
    const [row] = await services.db.identities.toArray();
    expect(row?.privateKey.extractable).toBe(false);
    expect(row?.source).toBe('self-signed');

    await userEvent.click(within(card).getByRole('button', { name: 'Delete identity' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the identity “Zoë Łukasik”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await services.db.identities.count()).toBe(1);
    await userEvent.click(within(card).getByRole('button', { name: 'Delete identity' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete identity' }));
    await screen.findByText('No identity yet. Import a PKCS#12 file or create one below.');
    expect(await services.db.identities.count()).toBe(0);
  });
});
