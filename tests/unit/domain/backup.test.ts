import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_VERSION,
  encryptBackupText,
  makeBackup,
  openBackupText,
  planRestore,
  serializeBackup,
  type BackupFile,
} from '../../../src/domain';
import { makeAssessment, T0, T1 } from '../helpers/assessment';

function sampleBackup(): BackupFile {
  const a = makeAssessment({ productName: 'FaceGate' });
  const b = makeAssessment({ productName: 'Łódź pilot' });
  return makeBackup({
    exportedAt: T1,
    generator: { name: 'test', version: '1' },
    settings: { backupReminderDays: 3 },
    assessments: [
      // A trail row with a field this version does not know (a later trail's hash) must survive untouched.
      { assessment: a, changes: [{ seq: 4, assessmentId: a.id, revision: 1, at: T0, by: 'Amina', change: { type: 'assessment.created' }, hash: 'sha256:abc' }], evidence: [] },
      { assessment: b, changes: [], evidence: [] },
    ],
    unreadable: [{ id: 'odd-row', data: { schemaVersion: 9, anything: true } }],
  });
}

const problemsOf = async (text: string, passphrase?: string) => {
  const r = await openBackupText(text, passphrase);
  return r.ok ? [] : r.problems;
};

describe('the hrba.backup format', () => {
  it('reads back what it wrote, unknown trail fields included', async () => {
    const file = sampleBackup();
    const opened = await openBackupText(serializeBackup(file));
    expect(opened).toEqual({ ok: true, file, encrypted: false });
  });

  it('refuses what is not a backup with a message that says what it is', async () => {
    expect(await problemsOf('{"kind": "hrba.assessment", "formatVersion": 1}')).toEqual([{ path: 'kind', code: 'kind-single-assessment' }]);
    expect(await problemsOf('{"hello": 1}')).toEqual([{ path: 'kind', code: 'kind-missing', values: { expected: ['hrba.backup'] } }]);
    expect(await problemsOf('not json')).toEqual([{ path: '', code: 'file-not-json', values: { detail: expect.stringMatching(/JSON/) } }]);
    expect(await problemsOf('[1]')).toEqual([{ path: '', code: 'file-not-object', values: { kind: 'hrba.backup' } }]);
    const newer = BACKUP_FORMAT_VERSION + 1;
    expect(await problemsOf(JSON.stringify({ ...sampleBackup(), formatVersion: newer }))).toEqual([
      { path: 'formatVersion', code: 'version-newer', values: { found: newer, max: BACKUP_FORMAT_VERSION } },
    ]);
  });

  it('names the exact field that is wrong', async () => {
    const file = sampleBackup();
    const a = file.assessments[0]!;
    const twice = { ...file, assessments: [a, a] };
    expect(await problemsOf(JSON.stringify(twice))).toEqual([{ path: 'assessments[1].assessment.id', code: 'duplicate-value', values: { value: a.assessment.id } }]);
    const stray = { ...file, assessments: [{ ...a, changes: [{ ...a.changes[0], assessmentId: 'someone-else' }] }] };
    expect(await problemsOf(JSON.stringify(stray))).toEqual([
      { path: 'assessments[0].changes[0].assessmentId', code: 'change-wrong-assessment', values: { found: 'someone-else', expected: a.assessment.id } },
    ]);
    const badMode = { ...file, assessments: [{ ...a, assessment: { ...a.assessment, mode: 'freestyle' } }] };
    expect(await problemsOf(JSON.stringify(badMode))).toEqual([expect.objectContaining({ path: 'assessments[0].assessment.mode', code: 'not-allowed-value' })]);
    const evidence = { ...file, assessments: [{ ...a, evidence: [{ name: 'scan.pdf' }] }] };
    // A reserved field, not a limit of zero.
    expect(await problemsOf(JSON.stringify(evidence))).toEqual([{ path: 'assessments[0].evidence', code: 'reserved-empty' }]);
    expect(await problemsOf(JSON.stringify({ ...file, settings: { backupReminderDays: 0 } }))).toEqual([expect.objectContaining({ path: 'settings.backupReminderDays' })]);
  });
});

describe('passphrase encryption', () => {
  it('hides the content, and the right passphrase opens it to the same backup', async () => {
    const file = sampleBackup();
    const sealed = await encryptBackupText(serializeBackup(file), 'correct horse battery staple');
    expect(sealed).not.toContain('FaceGate');
    const envelope = JSON.parse(sealed);
    expect(envelope).toMatchObject({ kind: 'hrba.backup.encrypted', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(310_000);
    expect(await openBackupText(sealed, 'correct horse battery staple')).toEqual({ ok: true, file, encrypted: true });
  });

  it('asks for a passphrase, and says a wrong one does not open it', async () => {
    const sealed = await encryptBackupText(serializeBackup(sampleBackup()), 'right');
    expect(await openBackupText(sealed)).toMatchObject({ ok: false, reason: 'passphrase-needed' });
    expect(await openBackupText(sealed)).toMatchObject({ problems: [{ path: '', code: 'passphrase-needed' }] });
    expect(await openBackupText(sealed, 'wrong')).toEqual({ ok: false, reason: 'wrong-passphrase', problems: [{ path: '', code: 'passphrase-wrong' }] });
  });

  it('refuses a tampered header rather than decrypting under weaker settings', async () => {
    const envelope = JSON.parse(await encryptBackupText(serializeBackup(sampleBackup()), 'right'));
    const fewer = { ...envelope, kdf: { ...envelope.kdf, iterations: 100_000 } };
    expect(await problemsOf(JSON.stringify(fewer), 'right')).toEqual([{ path: 'kdf.iterations', code: 'number-too-small', values: { min: 310_000 } }]);
    const more = { ...envelope, kdf: { ...envelope.kdf, iterations: envelope.kdf.iterations + 1 } };
    expect(await openBackupText(JSON.stringify(more), 'right')).toMatchObject({ ok: false, reason: 'wrong-passphrase' });
    const shortIv = { ...envelope, cipher: { ...envelope.cipher, iv: 'AAAA' } };
    expect(await problemsOf(JSON.stringify(shortIv), 'right')).toEqual([{ path: 'cipher.iv', code: 'bytes-expected', values: { bytes: 12 } }]);
  });
});

describe('the restore plan', () => {
  it('adds what is new, skips what is identical, and copies what differs unless told to replace', () => {
    const file = sampleBackup();
    const [a, b] = file.assessments.map((e) => e.assessment) as [BackupFile['assessments'][0]['assessment'], BackupFile['assessments'][0]['assessment']];
    const newer = { ...b, updatedAt: '2026-05-01T00:00:00.000Z', subject: { ...b.subject, productName: 'Łódź pilot v2' } };
    const rows = planRestore(file, new Map([[a.id, { ok: true as const, assessment: a }], [b.id, { ok: true as const, assessment: newer }]]));
    expect(rows.map((r) => [r.incoming.productName, r.identical, r.choice])).toEqual([
      ['FaceGate', true, 'skip'],
      ['Łódź pilot', false, 'copy'],
    ]);
    expect(rows[1]!.stored).toMatchObject({ productName: 'Łódź pilot v2', updatedAt: '2026-05-01T00:00:00.000Z' });
    expect(rows[1]!.options).toContain('replace');
    expect(planRestore(file, new Map()).map((r) => r.choice)).toEqual(['add', 'add']);
  });
});
