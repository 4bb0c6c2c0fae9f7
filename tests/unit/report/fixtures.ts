import {
  applyChange,
  newAssessment,
  resolveChecklist,
  STAGES,
  type Assessment,
  type AssessmentChangeInput,
  type Checklist,
  type ChecklistRef,
} from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { bundledChecklist, exampleAssessment, exampleTrail } from '../helpers/bundled';

/** Report fixtures over the real checklist. "Today" is 2026-11-22, as the example's due dates assume. */
export const NOW = new Date('2026-11-22T10:00:00.000Z');

export async function exampleReport(): Promise<FullReport> {
  const { checklist, registry } = await bundledChecklist();
  return buildFullReport(exampleAssessment(), checklist, registry, NOW, exampleTrail());
}

const WORDS = 'assessment caseworker household outreach ranking evidence remedy consultation safeguard pilot review decision'.split(' ');

/** Notes of about `length` characters in paragraphs, every sentence numbered so order and completeness can be checked. */
export function longNotes(itemId: string, length: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let p = 1; total < length; p++) {
    const sentences: string[] = [];
    for (let s = 1; s <= 6; s++) {
      const words = Array.from({ length: 12 }, (_, w) => WORDS[(p * 7 + s * 3 + w) % WORDS.length]);
      sentences.push(`${itemId} paragraph ${p} sentence ${s}: ${words.join(' ')}.`);
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

export interface Options {
  productName?: string;
  /** Item ids that get long notes, and how long. */
  longNotes?: { items: number; length: number };
  actions?: number;
  extra?: (a: Assessment, apply: (c: AssessmentChangeInput) => void) => void;
}

/**
 * A builder's assessment of a data-analytics product, every applicable item
 * answered in rotation (yes, partial, no, unknown), with short notes except
 * where long ones are asked for, and as many actions as asked.
 */
export async function syntheticAssessment(options: Options = {}): Promise<{ assessment: Assessment; checklist: Checklist; ref: ChecklistRef }> {
  const { checklist, ref } = await bundledChecklist();
  const meta = { at: '2026-10-01T09:00:00.000Z', by: 'Test assessor' };
  let a = newAssessment({
    id: '00000000-0000-4000-8000-00000000abcd',
    at: meta.at,
    mode: 'self',
    subject: {
      productName: options.productName ?? 'Synthetic Insight',
      version: '1.0',
      organisation: 'Synthetic Labs',
      description: 'A synthetic assessment for the report tests.',
      assessor: 'Test assessor',
    },
    checklist: ref,
  });
  const apply = (c: AssessmentChangeInput) => {
    a = applyChange(a, c, meta);
  };
  apply({ type: 'triage.set', triage: { role: 'builder', technology: ['data-analytics'], data: ['personal'], emergency: false, 'cross-border': false } });
  const resolved = resolveChecklist(checklist, a.triage);
  const statuses = ['yes', 'partial', 'no', 'unknown'] as const;
  let i = 0;
  for (const stage of STAGES) {
    for (const item of resolved.applicable[stage]) {
      const long = options.longNotes && i < options.longNotes.items;
      apply({
        type: 'answer.set',
        itemId: item.id,
        status: statuses[i % statuses.length]!,
        notes: long ? longNotes(item.id, options.longNotes!.length) : `Short note for ${item.id}.`,
        evidence: [{ label: `Working paper for ${item.id}`, url: '' }],
      });
      i++;
    }
  }
  for (let n = 1; n <= (options.actions ?? 0); n++) {
    const due = `2026-${String((n % 12) + 1).padStart(2, '0')}-15`;
    apply({
      type: 'action.set',
      action: {
        id: `A-${n}`,
        description: `Action number ${n}: review the safeguards for the ${WORDS[n % WORDS.length]} process and report back to the board with evidence.`,
        owner: `Owner ${n}`,
        dueDate: due,
        status: n % 5 === 0 ? 'done' : 'planned',
      },
    });
  }
  options.extra?.(a, apply);
  return { assessment: a, checklist, ref };
}

export async function syntheticReport(options: Options = {}): Promise<FullReport> {
  const { assessment, checklist } = await syntheticAssessment(options);
  const { registry } = await bundledChecklist();
  return buildFullReport(assessment, checklist, registry, NOW);
}
