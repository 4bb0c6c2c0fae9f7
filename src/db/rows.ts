import {
  ASSESSMENT_SCHEMA_VERSION,
  AssessmentSchema,
  formatZodIssues,
  problem,
  summariseAssessment,
  type Assessment,
  lineOf,
  type ListEntry,
  type Problem,
} from '../domain';
import type { ListLineRow } from './appDb';

export type StoredAssessment =
  | { ok: true; assessment: Assessment }
  | { ok: false; id: string; problems: Problem[]; newerVersion?: number };

/**
 * Validates (and, when the schema grows, migrates) a stored row. A row that fails
 * is reported, never thrown away: the person can still export or delete it. A row
 * written by a later release says so, rather than looking damaged.
 */
export function restoreAssessment(id: string, data: unknown): StoredAssessment {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > ASSESSMENT_SCHEMA_VERSION) {
    return {
      ok: false,
      id,
      newerVersion: version,
      problems: [problem('schemaVersion', 'written-by-newer', { version, max: ASSESSMENT_SCHEMA_VERSION })],
    };
  }
  const parsed = AssessmentSchema.safeParse(data);
  return parsed.success ? { ok: true, assessment: parsed.data } : { ok: false, id, problems: formatZodIssues(parsed.error.issues) };
}

/** The home list's line for a stored row, built from the row as stored. */
export function listEntryFor(id: string, data: unknown): ListEntry {
  const stored = restoreAssessment(id, data);
  if (stored.ok) return { state: 'ok', id, summary: summariseAssessment(stored.assessment) };
  if (stored.newerVersion !== undefined) return { state: 'newer', id, schemaVersion: stored.newerVersion };
  return { state: 'damaged', id, problems: stored.problems.slice(0, 5) };
}

/** The light list line stored beside a row's summary (see ListLineRow). */
export function listLineRow(entry: ListEntry): ListLineRow {
  const line = lineOf(entry);
  return line.state === 'ok' ? { id: line.id, updatedAt: line.summary.updatedAt, line } : { id: line.id, line };
}
