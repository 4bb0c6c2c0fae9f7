import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  applyChange,
  makeHrbaFile,
  newAssessment,
  resolveChecklist,
  serializeHrbaFile,
  STAGES,
  type AnswerStatus,
  type Assessment,
  type Checklist,
  type ChecklistRef,
  type TriageValue,
} from '../../src/domain';
import { loadChecklistDir, loadSourcesRegistry } from '../../src/node/loadChecklist';

/**
 * `.hrba.json` files for the bench, made with the project's own domain code so
 * they are exactly what the app itself would export (and pass its import checks).
 */

export interface BenchFile {
  name: string;
  productName: string;
  text: string;
  applicable: number;
  answered: number;
}

const GENERATOR = { name: 'HRBA@Tech bench', version: '1' };
const BY = 'Bench auditor';

export async function loadStarterChecklist(root: string): Promise<{ checklist: Checklist; ref: ChecklistRef }> {
  const loaded = await loadChecklistDir(join(root, 'checklists/hrba-tech'), loadSourcesRegistry(join(root, 'checklists')));
  if (!loaded.ok) {
    throw new Error(`The starter checklist does not load:\n${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  }
  return { checklist: loaded.checklist, ref: loaded.ref };
}

/** The widest profile: the auditor role (every perspective) and every option ticked, so every item applies. */
export function widestTriage(checklist: Checklist): Record<string, TriageValue> {
  const triage: Record<string, TriageValue> = {};
  for (const q of checklist.triage) {
    switch (q.kind) {
      case 'single':
        triage[q.id] = q.id === checklist.perspective.question ? 'auditor' : q.options[0]!.value;
        break;
      case 'multi':
        triage[q.id] = q.options.map((o) => o.value);
        break;
      case 'boolean':
        triage[q.id] = true;
        break;
      case 'text':
        triage[q.id] = 'Kenya, France, Brazil';
        break;
    }
  }
  return triage;
}

/** About 300 characters of plausible notes, distinct per item. */
export function notesFor(itemId: string, n = 0): string {
  const base =
    `${itemId}${n ? ` (edit ${n})` : ''}: reviewed the design documents, the data protection impact assessment and the ` +
    'interviews with affected people. Gaps remain in how complaints are escalated and in how often the safeguards are ' +
    'reviewed; the team agreed to fix both before the next release and to publish a summary of the findings.';
  return base.slice(0, 300).padEnd(300, '.');
}

const CYCLE: AnswerStatus[] = ['yes', 'partial', 'no', 'unknown'];

function start(checklistRef: ChecklistRef, productName: string, at: string): Assessment {
  return newAssessment({
    id: randomUUID(),
    at,
    mode: 'audit',
    subject: {
      productName,
      version: '2.1',
      organisation: 'Bench Organisation',
      description: 'A synthetic assessment made by `npm run bench`: every item applies and every item is answered.',
    },
    checklist: checklistRef,
  });
}

function toFile(assessment: Assessment, productName: string, at: string, applicable: number): BenchFile {
  const text = serializeHrbaFile(makeHrbaFile(assessment, GENERATOR, at));
  const answered = Object.values(assessment.answers).filter((a) => a.status !== null).length;
  const slug = productName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { name: `${slug}.hrba.json`, productName, text, applicable, answered };
}

/** Every applicable item answered (status cycling yes/partial/no/unknown), ~300 characters of notes, one evidence entry. */
export function fullyAnsweredFile(checklist: Checklist, ref: ChecklistRef, productName: string): BenchFile {
  const at = new Date().toISOString();
  const meta = { at, by: BY };
  let a = start(ref, productName, at);
  a = applyChange(a, { type: 'triage.set', triage: widestTriage(checklist) }, meta);
  const resolved = resolveChecklist(checklist, a.triage);
  let i = 0;
  for (const stage of STAGES) {
    for (const item of resolved.applicable[stage]) {
      a = applyChange(
        a,
        {
          type: 'answer.set',
          itemId: item.id,
          status: CYCLE[i++ % CYCLE.length]!,
          notes: notesFor(item.id),
          evidence: [{ label: `Evidence for ${item.id}: audit working paper`, url: `https://example.org/evidence/${item.id}` }],
        },
        meta,
      );
    }
  }
  a = applyChange(a, { type: 'progress.set', progress: { stageReached: 'review' } }, meta);
  const applicable = resolved.applicableIds.size;
  if (applicable !== checklist.items.length) {
    throw new Error(`Only ${applicable} of ${checklist.items.length} items apply to the widest profile; the bench expects all of them.`);
  }
  return toFile(a, productName, at, applicable);
}

/** Profile filled in, no answers yet: the starting point for the persistence run. */
export function triagedFile(checklist: Checklist, ref: ChecklistRef, productName: string): BenchFile {
  const at = new Date().toISOString();
  const meta = { at, by: BY };
  let a = start(ref, productName, at);
  a = applyChange(a, { type: 'triage.set', triage: widestTriage(checklist) }, meta);
  a = applyChange(a, { type: 'progress.set', progress: { stageReached: 'conception' } }, meta);
  return toFile(a, productName, at, resolveChecklist(checklist, a.triage).applicableIds.size);
}
