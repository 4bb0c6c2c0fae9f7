import { STAGES, type StageId } from '../lifecycle';
import type { ResolvedChecklist } from '../checklist/resolve';
import type { AnswerStatus, ChecklistItem } from '../checklist/schema';
import { raisesRedFlag } from '../checklist/redFlags';
import type { Assessment } from '../assessment/schema';
import type { FindingRecord } from './schema';

/** Answers that leave a gap, and so yield a finding (UNGP 17: identify and assess impacts). */
export const GAP_STATUSES: readonly AnswerStatus[] = ['no', 'partial', 'unknown'];

/** A finding as people see it: the stored record, or the defaults an item prefills. */
export interface Finding extends Omit<FindingRecord, 'updatedAt'> {
  key: string;
  origin: 'item' | 'custom';
  itemId: string | null;
  stage: StageId | null;
  answer: AnswerStatus | null;
  /** The item's red flag is raised by this answer: escalated whatever any score says. */
  redFlag: boolean;
  /** Whether a person has rated or edited it yet. */
  stored: boolean;
  /**
   * Rights and groups the checklist item names that the assessor has not chosen (yet): shown as
   * suggestions to confirm, never as the assessor's judgement. `rights` and `groups` hold only what a
   * person chose, and they are all a report prints.
   */
  suggested: { rights: string[]; groups: string[] };
  updatedAt: string | null;
}

/** A finding no one has rated yet. Its rights and groups start empty: the item's are only suggestions (see `suggestionsFor`). */
export function defaultFindingRecord(): Omit<FindingRecord, 'updatedAt'> {
  return {
    title: '',
    description: '',
    rights: [],
    groups: [],
    severity: { scale: null, scope: null, irremediability: null },
    likelihood: null,
    involvement: null,
    leverage: '',
    status: 'open',
    rationale: '',
  };
}

/**
 * The title of a finding whose item words no gap: its question, marked as a gap. The checklist's own
 * content is in English (its `language`), and so is this one word that joins it.
 */
export const gapFromQuestion = (question: string): string => `Gap: ${question}`;

/** The item's rights and groups not chosen in `record`: what the finding's editor offers to confirm. */
export function suggestionsFor(item: ChecklistItem, record: Pick<FindingRecord, 'rights' | 'groups'> | undefined): Finding['suggested'] {
  return {
    rights: item.rights.filter((r) => !record?.rights.includes(r)),
    groups: item.groups.filter((g) => !record?.groups.includes(g)),
  };
}

/**
 * Every applicable item answered with a gap yields a finding; findings people
 * added themselves follow. An item finding whose answer later became `yes` or
 * "not applicable" drops out of the list but its record is kept, so its rating
 * returns if the answer changes back.
 */
export function deriveFindings(assessment: Assessment, resolved: ResolvedChecklist): Finding[] {
  const out: Finding[] = [];
  for (const stage of STAGES) {
    for (const item of resolved.applicable[stage]) {
      const answer = assessment.answers[item.id]?.status ?? null;
      if (!answer || !GAP_STATUSES.includes(answer)) continue;
      const record = assessment.findings[item.id];
      out.push({
        ...(record ?? defaultFindingRecord()),
        // A finding names the gap ("No legal basis for …") where the item words one; otherwise the
        // question, marked as the gap it is (never read as a heading asking "Have you…?"), and a
        // title the person wrote always wins.
        title: record?.title || item.gapTitle || gapFromQuestion(item.question),
        key: item.id,
        origin: 'item',
        itemId: item.id,
        stage,
        answer,
        redFlag: raisesRedFlag(item, answer),
        stored: !!record,
        suggested: suggestionsFor(item, record),
        updatedAt: record?.updatedAt ?? null,
      });
    }
  }
  for (const [key, record] of Object.entries(assessment.findings)) {
    if (!key.startsWith('F-')) continue;
    out.push({ ...record, key, origin: 'custom', itemId: null, stage: null, answer: null, redFlag: false, stored: true, suggested: { rights: [], groups: [] } });
  }
  return out;
}
