import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAnswered, makeHrbaFile, openBackupText, serializeHrbaFile, HRBA_FILE_EXTENSION, type BackupFile } from '../domain';
import type { Io } from './commands';
import { englishProblemText } from '../words/problems';

/** What `hrba backup extract` names as the program that wrote each `.hrba.json`. */
const GENERATOR = { name: 'hrba backup extract', version: '0.1.0' };

type Opened = { ok: true; file: BackupFile } | { ok: false; code: number };

/** A passphrase file holds the passphrase on its first line; one trailing line break is not part of it. */
function readPassphrase(path: string | undefined, io: Io): { ok: true; value?: string } | { ok: false } {
  if (path === undefined) return { ok: true };
  try {
    return { ok: true, value: readFileSync(path, 'utf8').replace(/\r?\n$/, '') };
  } catch (error) {
    io.err(`${path}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return { ok: false };
  }
}

async function openBackup(path: string, passphraseFile: string | undefined, io: Io): Promise<Opened> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    io.err(`${path}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return { ok: false, code: 1 };
  }
  const passphrase = readPassphrase(passphraseFile, io);
  if (!passphrase.ok) return { ok: false, code: 1 };
  const opened = await openBackupText(text, passphrase.value);
  if (opened.ok) return opened;
  if (opened.reason === 'passphrase-needed') io.err(`${path}: this backup is encrypted: give its passphrase with --passphrase-file <file>`);
  else if (opened.reason === 'wrong-passphrase') io.err(`${path}: That passphrase does not open this backup`);
  else {
    io.err(`invalid: ${path}: not a backup this version can read`);
    for (const p of opened.problems) io.err(englishProblemText(p));
  }
  return { ok: false, code: 1 };
}

/** `hrba backup list`: one line per assessment, fields separated by " | " (tabs would be escaped as control characters). */
export async function backupListCommand(path: string, passphraseFile: string | undefined, io: Io): Promise<number> {
  const opened = await openBackup(path, passphraseFile, io);
  if (!opened.ok) return opened.code;
  const { file } = opened;
  io.out(`backup made ${file.exportedAt} by ${file.generator.name} ${file.generator.version}: ${file.assessments.length} assessment(s)` +
    (file.unreadable.length ? `, ${file.unreadable.length} record(s) this version cannot read` : ''));
  io.out(['id', 'product', 'organisation', 'last edited', 'answered', 'changes'].join(' | '));
  for (const { assessment: a, changes } of file.assessments) {
    const answered = Object.keys(a.answers).filter((id) => isAnswered(a, id)).length;
    io.out([a.id, a.subject.productName, a.subject.organisation, a.updatedAt, answered, changes.length].join(' | '));
  }
  for (const u of file.unreadable) io.out([u.id, '(cannot be read by this version)', '', '', '', ''].join(' | '));
  return 0;
}

/** `hrba backup extract`: writes `<id>.hrba.json` for one assessment or all of them. */
export async function backupExtractCommand(path: string, which: string | { all: true }, outDir: string, passphraseFile: string | undefined, io: Io): Promise<number> {
  const opened = await openBackup(path, passphraseFile, io);
  if (!opened.ok) return opened.code;
  const entries = typeof which === 'string' ? opened.file.assessments.filter((e) => e.assessment.id === which) : opened.file.assessments;
  if (typeof which === 'string' && entries.length === 0) {
    io.err(`${path}: holds no assessment with id ${which}; "hrba backup list ${path}" shows the ids`);
    return 1;
  }
  const exportedAt = new Date().toISOString();
  try {
    mkdirSync(outDir, { recursive: true });
    for (const { assessment } of entries) {
      const target = join(outDir, `${assessment.id}${HRBA_FILE_EXTENSION}`);
      writeFileSync(target, serializeHrbaFile(makeHrbaFile(assessment, GENERATOR, exportedAt)));
      io.out(`wrote ${target} (${assessment.subject.productName})`);
    }
  } catch (error) {
    io.err(`${outDir}: cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  return 0;
}
