import type { Assessment } from '../assessment/schema';
import { isAnswered } from '../assessment/progress';
import { canonicalJson } from '../canonical';
import type { BackupEntry, BackupFile } from './backup';

/**
 * What "Restore" will do with each assessment in a backup. Nothing stored is
 * replaced unless the person picks `replace` for that row: a new assessment is
 * added, an identical one skipped, a different one added as a copy by default.
 */
export type RestoreChoice = 'add' | 'copy' | 'skip' | 'replace';

export interface RestoreSide {
  productName: string;
  createdAt: string;
  updatedAt: string;
  answered: number;
}

export type StoredForPlan = { ok: true; assessment: Assessment } | { ok: false };

export interface RestorePlanRow {
  id: string;
  entry: BackupEntry;
  incoming: RestoreSide;
  /** What is stored under the same id: a readable assessment, an unreadable row, or nothing. */
  stored: RestoreSide | 'unreadable' | null;
  identical: boolean;
  choice: RestoreChoice;
  options: RestoreChoice[];
}

export function sideOf(a: Assessment): RestoreSide {
  return {
    productName: a.subject.productName,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    answered: Object.keys(a.answers).filter((id) => isAnswered(a, id)).length,
  };
}

export function planRestore(file: BackupFile, stored: ReadonlyMap<string, StoredForPlan>): RestorePlanRow[] {
  return file.assessments.map((entry) => {
    const id = entry.assessment.id;
    const here = stored.get(id);
    const incoming = sideOf(entry.assessment);
    if (!here) return { id, entry, incoming, stored: null, identical: false, choice: 'add', options: ['add', 'skip'] };
    const identical = here.ok && canonicalJson(here.assessment) === canonicalJson(entry.assessment);
    return {
      id,
      entry,
      incoming,
      stored: here.ok ? sideOf(here.assessment) : 'unreadable',
      identical,
      choice: identical ? 'skip' : 'copy',
      options: ['copy', 'skip', 'replace'],
    };
  });
}

export interface RestoreCounts {
  added: number;
  copied: number;
  replaced: number;
  skipped: number;
}

export function countChoices(choices: readonly RestoreChoice[]): RestoreCounts {
  const n = (c: RestoreChoice) => choices.filter((x) => x === c).length;
  return { added: n('add'), copied: n('copy'), replaced: n('replace'), skipped: n('skip') };
}

/** The copy of an incoming assessment that lands beside the stored one, under a new id. */
export function restoredCopy(a: Assessment, newId: string): Assessment {
  return { ...a, id: newId, subject: { ...a.subject, productName: `${a.subject.productName} (restored copy)`.slice(0, 200) } };
}
