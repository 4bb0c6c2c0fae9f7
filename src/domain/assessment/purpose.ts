import { z } from 'zod';
import { ASSESSMENT_MODES, type AssessmentMode } from '../lifecycle';
import type { Checklist } from '../checklist/schema';
import type { TriageAnswers } from '../checklist/rules';

/**
 * What the product step asks: whose product this is, and so who answers. Each purpose sets both the
 * mode and the perspective (the profile's role answer), so a contradictory pair such as an independent
 * audit "by the company that builds it" cannot be made. Only purposes that change what the tool does are
 * offered: audit mode starts from Audit review on a respondent's package (a new assessment in audit mode
 * could record nothing), and questionnaires for vendors have their own procurement screens. An assessment
 * already in one of those modes keeps it, shown as its purpose, until another is chosen.
 */
export const PURPOSES = ['own-product', 'buying', 'independent-review'] as const;
export type Purpose = (typeof PURPOSES)[number];
const KEPT_MODES = ASSESSMENT_MODES.filter((m): m is Exclude<AssessmentMode, 'self'> => m !== 'self');
export const SetupPurposeSchema = z.enum([...PURPOSES, ...KEPT_MODES]);
export type SetupPurpose = z.infer<typeof SetupPurposeSchema>;

/** The profile's perspective answer each purpose stands for (the hrba-tech role codes). */
export const PURPOSE_ROLES: Record<Purpose, string> = { 'own-product': 'builder', buying: 'buyer', 'independent-review': 'auditor' };

const isPurpose = (p: SetupPurpose): p is Purpose => (PURPOSES as readonly string[]).includes(p);

/** The purpose an assessment stands at now; null when a self-assessment has no perspective yet. */
export function purposeOf(mode: AssessmentMode, triage: TriageAnswers, checklist: Pick<Checklist, 'perspective'>): SetupPurpose | null {
  if (mode !== 'self') return mode;
  const role = triage[checklist.perspective.question];
  return PURPOSES.find((p) => PURPOSE_ROLES[p] === role) ?? null;
}

/** What the product step offers: the purposes that work today, and the assessment's own when it is another. */
export function offeredPurposes(current: SetupPurpose | null): SetupPurpose[] {
  return current && !isPurpose(current) ? [current, ...PURPOSES] : [...PURPOSES];
}

/** The mode a purpose sets. */
export const modeOf = (purpose: SetupPurpose): AssessmentMode => (isPurpose(purpose) ? 'self' : purpose);

/**
 * The profile answers with the purpose's perspective set. A kept mode (audit, vendor response…) leaves
 * them as they are: there the profile is the respondent's. A checklist without that role is left alone too.
 */
export function triageForPurpose(triage: TriageAnswers, purpose: SetupPurpose, checklist: Pick<Checklist, 'perspective' | 'triage'>): TriageAnswers {
  if (!isPurpose(purpose)) return triage;
  const question = checklist.triage.find((q) => q.id === checklist.perspective.question);
  const role = PURPOSE_ROLES[purpose];
  if (!question?.options.some((o) => o.value === role) || triage[question.id] === role) return triage;
  return { ...triage, [question.id]: role };
}

/**
 * What kind of assessment this is, as a report cover says it: who answered, from the mode and the
 * perspective together (a buyer who answered every question is not a "vendor questionnaire").
 */
export type AssessmentKind = Purpose | 'self' | 'audit' | 'vendor-response';
export function assessmentKind(mode: AssessmentMode, triage: TriageAnswers, checklist: Pick<Checklist, 'perspective'>): AssessmentKind {
  if (mode === 'audit' || mode === 'vendor-response') return mode;
  // Whatever was chosen, in the wizard the buyer answers the questions: it is the buyer's own assessment.
  if (mode === 'procurement-request') return 'buying';
  const purpose = purposeOf(mode, triage, checklist);
  return purpose && isPurpose(purpose) ? purpose : 'self';
}
