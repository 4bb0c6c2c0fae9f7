import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptBackupText, makeBackup, restoreHrbaFile, serializeBackup, type Assessment } from '../../../src/domain';
import { runCli } from '../helpers/cli';
import { exampleAssessment } from '../helpers/bundled';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-cli-backup-'));

const run = runCli;

let example: Assessment;
let second: Assessment;
const plainPath = join(tmp, 'plain.hrba-backup.json');
const sealedPath = join(tmp, 'sealed.hrba-backup.json');
const passFile = join(tmp, 'pass.txt');

beforeAll(async () => {
  example = exampleAssessment();
  second = { ...example, id: '00000000-0000-4000-8000-00000000b0b0', subject: { ...example.subject, productName: 'Second product' } };
  const text = serializeBackup(
    makeBackup({
      exportedAt: '2026-03-01T10:00:00.000Z',
      generator: { name: 'HRBA@Tech due diligence', version: '0.1.0' },
      settings: {},
      assessments: [
        { assessment: example, changes: [{ assessmentId: example.id, revision: 1, at: example.createdAt, by: '', change: { type: 'assessment.imported' } }], evidence: [] },
        { assessment: second, changes: [], evidence: [] },
      ],
      unreadable: [],
    }),
  );
  writeFileSync(plainPath, text);
  writeFileSync(sealedPath, await encryptBackupText(text, 'open sesame'));
  writeFileSync(passFile, 'open sesame\n');
});

describe('hrba backup list', () => {
  it('lists every assessment with its id, name, answers and trail length', async () => {
    const r = await run('backup', 'list', plainPath);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('backup made 2026-03-01T10:00:00.000Z by HRBA@Tech due diligence 0.1.0: 2 assessment(s)');
    expect(lines[1]).toBe('id | product | organisation | last edited | answered | changes');
    const answered = Object.values(example.answers).filter((a) => a.status !== null).length;
    expect(lines[2]).toBe([example.id, example.subject.productName, example.subject.organisation, example.updatedAt, answered, 1].join(' | '));
    expect(lines[3]!.startsWith(`${second.id} | Second product | `)).toBe(true);
  });

  it('opens an encrypted backup with --passphrase-file, and says why it cannot without the right one', async () => {
    expect((await run('backup', 'list', sealedPath, '--passphrase-file', passFile)).out).toContain('2 assessment(s)');
    const none = await run('backup', 'list', sealedPath);
    expect(none).toMatchObject({ code: 1, out: '' });
    expect(none.err).toBe(`${sealedPath}: this backup is encrypted: give its passphrase with --passphrase-file <file>`);
    const wrongFile = join(tmp, 'wrong.txt');
    writeFileSync(wrongFile, 'open sesame!\n');
    const wrong = await run('backup', 'list', sealedPath, '--passphrase-file', wrongFile);
    expect(wrong).toMatchObject({ code: 1, err: `${sealedPath}: That passphrase does not open this backup` });
  });

  it('refuses a single-assessment file with the reason', async () => {
    const single = join(tmp, 'single.json');
    writeFileSync(single, JSON.stringify({ kind: 'hrba.assessment', formatVersion: 1 }));
    const r = await run('backup', 'list', single);
    expect(r.code).toBe(1);
    expect(r.err).toContain('kind: This is a single assessment (hrba.assessment), not a backup');
  });
});

describe('hrba backup extract', () => {
  it('writes one assessment as a .hrba.json file that hrba validate accepts', async () => {
    const dir = join(tmp, 'one');
    const r = await run('backup', 'extract', sealedPath, example.id, '-o', dir, '--passphrase-file', passFile);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([`${example.id}.hrba.json`]);
    const restored = restoreHrbaFile(readFileSync(join(dir, `${example.id}.hrba.json`), 'utf8'));
    expect(restored.ok && restored.file.assessment).toEqual(example);
    expect((await run('validate', join(dir, `${example.id}.hrba.json`))).code).toBe(0);
  });

  it('writes every assessment with --all', async () => {
    const dir = join(tmp, 'all');
    expect((await run('backup', 'extract', plainPath, '--all', '-o', dir)).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${example.id}.hrba.json`, `${second.id}.hrba.json`].sort());
  });

  it('says so when the id is not in the backup, and treats a wrong call as a usage error', async () => {
    const missing = await run('backup', 'extract', plainPath, '00000000-0000-4000-8000-000000000000', '-o', join(tmp, 'none'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('holds no assessment with id 00000000-0000-4000-8000-000000000000');
    expect((await run('backup', 'extract', plainPath, '--all')).code).toBe(2);
    expect((await run('backup', 'extract', plainPath, example.id, '--all', '-o', tmp)).code).toBe(2);
    expect((await run('backup', 'wipe', plainPath)).code).toBe(2);
  });
});
