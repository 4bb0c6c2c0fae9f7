import { z } from 'zod';
import { STAGES, resolveChecklist, type Assessment, type Checklist, type StageId } from '../domain';
import { WizardPersistableStates, type ApplicableIds, type WizardPlace } from './wizard.machine';

/**
 * What a stored wizard snapshot must look like before it is handed back to XState.
 * A snapshot that does not match (damaged, or written by an incompatible version)
 * is ignored and the wizard starts from the assessment itself: losing the cursor
 * is acceptable, crashing on open is not.
 */
const PersistedWizardSchema = z.looseObject({
  status: z.literal('active'),
  value: z.enum(WizardPersistableStates as [WizardPlace, ...WizardPlace[]]),
  context: z.looseObject({
    assessmentId: z.string(),
    triaged: z.boolean(),
    applicable: z.object(Object.fromEntries(STAGES.map((s) => [s, z.array(z.string())])) as Record<StageId, z.ZodArray<z.ZodString>>),
    positions: z.object(Object.fromEntries(STAGES.map((s) => [s, z.number().int().min(0)])) as Record<StageId, z.ZodNumber>),
  }),
});

export function restorableWizardSnapshot(snapshot: unknown, assessmentId: string): unknown | null {
  const parsed = PersistedWizardSchema.safeParse(snapshot);
  if (!parsed.success || parsed.data.context.assessmentId !== assessmentId) return null;
  return snapshot;
}

/**
 * Whether a restorable snapshot was taken over the same applicable items the checklist now
 * gives: after an upgrade to a newer checklist version it was not, and the wizard starts
 * from the assessment itself instead of walking a list of items that no longer matches.
 */
export function snapshotFitsChecklist(snapshot: unknown, checklist: Checklist, triage: Assessment['triage']): boolean {
  const parsed = PersistedWizardSchema.safeParse(snapshot);
  if (!parsed.success) return false;
  // Before the profile is saved the wizard holds no item list yet, so there is nothing to mismatch.
  if (!parsed.data.context.triaged) return true;
  const now = applicableIds(checklist, triage);
  return STAGES.every((s) => parsed.data.context.applicable[s].join() === now[s].join());
}

export function isPersistablePlace(value: unknown): value is WizardPlace {
  return typeof value === 'string' && (WizardPersistableStates as readonly string[]).includes(value);
}

export function applicableIds(checklist: Checklist, triage: Assessment['triage']): ApplicableIds {
  const resolved = resolveChecklist(checklist, triage);
  return Object.fromEntries(STAGES.map((s) => [s, resolved.applicable[s].map((i) => i.id)])) as ApplicableIds;
}

const PLACE_ORDER: readonly WizardPlace[] = WizardPersistableStates;

/** The further of two places along setup → triage → stages → review. */
export function furthestPlace(a: WizardPlace, b: WizardPlace): WizardPlace {
  return PLACE_ORDER.indexOf(a) >= PLACE_ORDER.indexOf(b) ? a : b;
}
