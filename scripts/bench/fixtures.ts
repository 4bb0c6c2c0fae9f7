import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  applyChange,
  defaultFindingRecord,
  makeHrbaFile,
  newAssessment,
  resolveChecklist,
  serializeHrbaFile,
  STAGES,
  type AnswerStatus,
  type Assessment,
  type AssessmentChangeInput,
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
  const loaded = await loadChecklistDir(join(root, 'checklists/hrba-tech/1.0.0'), loadSourcesRegistry(join(root, 'checklists')));
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
    mode: 'self',
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

/**
 * Handed to an auditor once answered: the domain refuses the respondent's work in audit mode,
 * so the answers are given as a self-assessment and the mode changes last, as a real hand-over does.
 */
function asAudit(a: Assessment, meta: { at: string; by: string }): Assessment {
  return applyChange(a, { type: 'subject.set', subject: a.subject, mode: 'audit' }, meta);
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
  return toFile(asAudit(a, meta), productName, at, applicable);
}

/** About `length` characters of notes in paragraphs, distinct per item: the "long notes" of the report bench. */
export function longNotesFor(itemId: string, length: number): string {
  const paragraph = (n: number) =>
    `${itemId}, paragraph ${n}: we reviewed the design documents, the data protection impact assessment, the complaint ` +
    'logs of the last two quarters and the minutes of the interviews with affected people in Łódź and Αθήνα. Gaps remain in ' +
    'how complaints are escalated, in how often the safeguards are reviewed and in how the results reach the people consulted; ' +
    'the team agreed to close them before the next release, to publish a summary, and to check again with an external reviewer.';
  const parts: string[] = [];
  for (let n = 1; parts.join('\n\n').length < length; n++) parts.push(paragraph(n));
  return parts.join('\n\n').slice(0, length);
}

export const REPORT_NOTES_LENGTH = 2000;
export const REPORT_ACTIONS = 50;

/**
 * The report bench's assessment: every item of the checklist applies and is
 * answered, with REPORT_NOTES_LENGTH characters of notes each, every finding
 * rated, REPORT_ACTIONS actions (a third of them overdue), and a few trade-offs,
 * stakeholders and benefits with names in Greek and Cyrillic script.
 */
export function reportFile(checklist: Checklist, ref: ChecklistRef, productName: string): BenchFile {
  const at = '2026-11-01T09:00:00.000Z';
  const meta = { at, by: BY };
  let a = start(ref, productName, at);
  const apply = (change: AssessmentChangeInput) => {
    a = applyChange(a, change, meta);
  };
  apply({ type: 'triage.set', triage: widestTriage(checklist) });
  const resolved = resolveChecklist(checklist, a.triage);
  let i = 0;
  const gaps: string[] = [];
  for (const stage of STAGES) {
    for (const item of resolved.applicable[stage]) {
      const status = CYCLE[i++ % CYCLE.length]!;
      if (status !== 'yes') gaps.push(item.id);
      apply({
        type: 'answer.set',
        itemId: item.id,
        status,
        notes: longNotesFor(item.id, REPORT_NOTES_LENGTH),
        evidence: [{ label: `Evidence for ${item.id}: audit working paper`, url: `https://example.org/evidence/${item.id}` }],
      });
    }
  }
  gaps.forEach((key, n) => {
    const level = (k: number) => ((n + k) % 4) + 1;
    apply({
      type: 'finding.set',
      key,
      finding: {
        ...defaultFindingRecord(),
        // Rated with the rights and groups the item suggests, confirmed.
        rights: [...(checklist.items.find((x) => x.id === key)?.rights ?? [])],
        groups: [...(checklist.items.find((x) => x.id === key)?.groups ?? [])],
        description: `Rated during the bench review of ${key}.`,
        severity: { scale: level(0), scope: level(1), irremediability: level(2) },
        likelihood: level(3),
        involvement: 'contributes',
        leverage: 'We design and operate the product.',
        status: 'open',
        updatedAt: at,
      },
    });
  });
  for (let n = 1; n <= REPORT_ACTIONS; n++) {
    apply({
      type: 'action.set',
      action: {
        id: `A-${n}`,
        findingKeys: [gaps[n % gaps.length]!],
        description: `Action ${n}: close the gap found in ${gaps[n % gaps.length]}, document the safeguard, and report the result to the affected people and the board.`,
        owner: `Owner ${n}, Kestrel Labs (Łódź)`,
        dueDate: n % 3 === 0 ? '2026-06-30' : '2027-03-31',
        status: n % 7 === 0 ? 'done' : n % 2 === 0 ? 'in-progress' : 'planned',
        completionEvidence: n % 7 === 0 ? `Closed on 2026-10-${String((n % 27) + 1).padStart(2, '0')}; minutes filed.` : '',
      },
    });
  }
  apply({ type: 'tradeoff.set', tradeoff: { id: 'T-1', between: 'Accuracy against privacy', description: 'Free-text notes improve accuracy.', resolution: 'Left out.', rationale: 'Privacy harm is harder to reverse.', decidedBy: 'Board', decidedOn: '2026-04-01' } });
  apply({ type: 'stakeholder.set', stakeholder: { id: 'S-1', who: 'Ελένη Παπαδοπούλου, disability rights association, Αθήνα', when: '2026-05-07', how: 'Interviews.', whatChanged: 'Easy-read letters.', groups: ['persons-with-disabilities'] } });
  apply({ type: 'stakeholder.set', stakeholder: { id: 'S-2', who: 'Ольга Петрова, researcher, Москва', when: '2026-07-22', how: 'Written review.', whatChanged: 'Shorter retention.', groups: ['general-public'] } });
  apply({ type: 'benefit.set', benefit: { id: 'B-1', description: 'Earlier support for older people.', rights: ['health'], groups: ['older-persons'], evidence: 'Evaluation, 2026.' } });
  apply({ type: 'progress.set', progress: { stageReached: 'review' } });
  return toFile(asAudit(a, meta), productName, at, resolved.applicableIds.size);
}

/** Profile filled in, no answers yet: the starting point for the persistence run. */
export function triagedFile(checklist: Checklist, ref: ChecklistRef, productName: string): BenchFile {
  const at = new Date().toISOString();
  const meta = { at, by: BY };
  // A self-assessment: in audit mode the respondent's answers are read-only, and this run answers them.
  let a = start(ref, productName, at);
  a = applyChange(a, { type: 'triage.set', triage: widestTriage(checklist) }, meta);
  a = applyChange(a, { type: 'progress.set', progress: { stageReached: 'conception' } }, meta);
  return toFile(a, productName, at, resolveChecklist(checklist, a.triage).applicableIds.size);
}
