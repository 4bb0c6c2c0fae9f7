import { screen } from '@testing-library/react';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { loadChecklist } from '../../src/app/checklistCatalog';
import type { Services } from '../../src/app/services';
import { resolveChecklist, type AnswerStatus, type Assessment, type TriageAnswers } from '../../src/domain';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';

/** A start-up building a data-analytics product: conception walks CON-01, 02, 03, 04 (red flag on No), 05… */
export const BUILDER_ANALYTICS: TriageAnswers = {
  role: 'builder',
  technology: ['data-analytics'],
  data: [],
  setting: [],
  decisions: false,
  'public-users': true,
  affected: [],
  emergency: false,
  'cross-border': false,
  jurisdictions: '',
};

export function answers(statuses: Record<string, AnswerStatus>, notes = ''): Assessment['answers'] {
  return Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status, notes, evidence: [], answeredAt: '2026-02-01T09:00:00.000Z', answeredBy: '', review: null },
    ]),
  );
}

/** An assessment past the profile, with the given answers and any extra parts (findings, actions…). */
export async function triagedAssessment(statuses: Record<string, AnswerStatus>, extra: Partial<Assessment> = {}): Promise<Assessment> {
  const base = await bundledAssessment({ triage: BUILDER_ANALYTICS, answers: answers(statuses), progress: { stageReached: 'review' } });
  return { ...base, ...extra };
}

export async function resolvedFor(assessment: Assessment) {
  const { checklist } = await loadChecklist();
  return resolveChecklist(checklist, assessment.triage);
}

/** Stores the assessment and opens one of its sections as the app's route would. */
export async function openSection(assessment: Assessment, section: string, services: Services = makeServices()) {
  await services.assessments.create(assessment);
  const rendered = renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}/${section}`);
  await screen.findByRole('heading', { level: 1, name: assessment.subject.productName });
  return { services, ...rendered };
}
