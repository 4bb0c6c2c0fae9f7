import { repairStoredText, type RepairNote } from '../text/repair';
import { AssessmentSchema, type Assessment } from './schema';

/**
 * A stored row that no longer passes only because of text or links the current rules
 * refuse, repaired (see `repairStoredText`); null when the row is valid as it is, or
 * is damaged in a way neutralising text does not fix.
 */
export function repairStoredAssessment(data: unknown): { assessment: Assessment; notes: RepairNote[] } | null {
  if (AssessmentSchema.safeParse(data).success) return null;
  const repaired = repairStoredText(data);
  if (repaired.notes.length === 0) return null;
  const parsed = AssessmentSchema.safeParse(repaired.data);
  return parsed.success ? { assessment: parsed.data, notes: repaired.notes } : null;
}
