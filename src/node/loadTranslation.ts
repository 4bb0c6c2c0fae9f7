import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readChecklistTranslation, type ChecklistTranslation } from '../domain/checklist/translation';
import { readJsonFile } from './loadChecklist';

/**
 * A checklist's translation into `language` from its directory (checklists/<id>/translations/<language>/),
 * or null when there is none: the node side of src/app/checklistTranslations.ts, for the CLI and tests.
 */
export function loadChecklistTranslation(checklistDir: string, language: string): ChecklistTranslation | null {
  const base = join(checklistDir, 'translations', language);
  if (!existsSync(join(base, 'checklist.json'))) return null;
  const itemsDir = join(base, 'items');
  const itemFiles = existsSync(itemsDir) ? readdirSync(itemsDir).filter((f) => f.endsWith('.json')).sort() : [];
  return readChecklistTranslation(
    readJsonFile(join(base, 'checklist.json')),
    itemFiles.map((f) => readJsonFile(join(itemsDir, f))),
  );
}
