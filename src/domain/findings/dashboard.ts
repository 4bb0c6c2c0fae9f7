import { HRBA_PRINCIPLES, PI_PRINCIPLES, type HrbaPrinciple, type PiPrinciple } from '../checklist/citations';
import { STAGES, type StageId } from '../lifecycle';
import type { ResolvedChecklist } from '../checklist/resolve';
import type { ChecklistItem } from '../checklist/schema';
import type { Assessment } from '../assessment/schema';
import { isAnswered } from '../assessment/progress';
import { deriveFindings, type Finding } from './derive';
import { isRated, prioritiseFindings, severityLevel } from './prioritise';
import { ACTION_STATUSES, type ActionItem } from './schema';
import { isOverdue } from './actions';

/** A principle's coverage: its code (the screens and reports name it), and counts. */
export interface PrincipleCoverage {
  principle: HrbaPrinciple | PiPrinciple;
  /** Applicable items tagged with the principle. */
  applicable: number;
  answered: number;
  /** Answered `yes`: the practice is in place. */
  met: number;
}

export interface Dashboard {
  completion: { stage: StageId; applicable: number; answered: number }[];
  hrba: PrincipleCoverage[];
  pi: PrincipleCoverage[];
  /** counts[severity - 1][likelihood - 1] over unresolved findings rated on both. */
  heatMap: number[][];
  /** The same cells, counting only the red flags among them, so the map can mark them. */
  heatMapRedFlags: number[][];
  unratedFindings: number;
  /** The most salient unresolved findings that are RATED: an unrated one has no place in a ranking of risk. */
  topRisks: Finding[];
  openRedFlags: Finding[];
  actionsByStatus: Record<ActionItem['status'], number>;
  overdueActions: number;
  findings: Finding[];
}

export const TOP_RISKS = 5;

/** Everything the dashboard shows, computed once from the assessment. `today` is YYYY-MM-DD. */
export function buildDashboard(assessment: Assessment, resolved: ResolvedChecklist, today: string): Dashboard {
  const items = STAGES.flatMap((s) => resolved.applicable[s]);
  const findings = prioritiseFindings(deriveFindings(assessment, resolved));
  const unresolved = findings.filter((f) => f.status !== 'resolved');
  const heatMap = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  const heatMapRedFlags = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  let unrated = 0;
  for (const f of unresolved) {
    const s = severityLevel(f.severity);
    if (s === null || f.likelihood === null) {
      unrated++;
      continue;
    }
    heatMap[s - 1]![f.likelihood - 1]!++;
    if (f.redFlag) heatMapRedFlags[s - 1]![f.likelihood - 1]!++;
  }
  const actionsByStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionItem['status'], number>;
  for (const a of assessment.actions) actionsByStatus[a.status]++;
  return {
    completion: STAGES.map((stage) => ({
      stage,
      applicable: resolved.applicable[stage].length,
      answered: resolved.applicable[stage].filter((i) => isAnswered(assessment, i.id)).length,
    })),
    hrba: HRBA_PRINCIPLES.map((p) => coverage(assessment, items, p, (i) => i.principles.hrba.includes(p))),
    pi: PI_PRINCIPLES.map((p) => coverage(assessment, items, p, (i) => i.principles.pi.includes(p))),
    heatMap,
    heatMapRedFlags,
    unratedFindings: unrated,
    topRisks: unresolved.filter(isRated).slice(0, TOP_RISKS),
    openRedFlags: unresolved.filter((f) => f.redFlag),
    actionsByStatus,
    overdueActions: assessment.actions.filter((a) => isOverdue(a, today)).length,
    findings,
  };
}

function coverage(assessment: Assessment, items: ChecklistItem[], principle: HrbaPrinciple | PiPrinciple, tagged: (i: ChecklistItem) => boolean): PrincipleCoverage {
  const mine = items.filter(tagged);
  return {
    principle,
    applicable: mine.length,
    answered: mine.filter((i) => isAnswered(assessment, i.id)).length,
    met: mine.filter((i) => assessment.answers[i.id]?.status === 'yes').length,
  };
}
