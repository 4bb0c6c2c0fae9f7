import { HrbaPrincipleSchema, PiPrincipleSchema, type HrbaPrinciple, type PiPrinciple } from '../checklist/citations';
import type { StageId } from '../lifecycle';
import type { MatrixRow } from './compare';

/**
 * Which rows of the comparison matrix to show. Every filter narrows (they combine with
 * "and"); none reorders, so red-flagged questions stay first whatever is filtered.
 */
export interface MatrixFilter {
  redFlagsOnly?: boolean;
  mandatoryOnly?: boolean;
  stage?: StageId | null;
  /** A principle as `hrba:<id>` or `pi:<id>`: the two sets share some ids (transparency). */
  principle?: PrincipleRef | null;
}

export type PrincipleRef = `hrba:${HrbaPrinciple}` | `pi:${PiPrinciple}`;

/** Reads a principle reference (as a filter's select gives it); null for anything else. */
export function principleRef(value: string): PrincipleRef | null {
  const [set, id] = value.split(':', 2);
  if (set === 'hrba' && HrbaPrincipleSchema.safeParse(id).success) return value as PrincipleRef;
  if (set === 'pi' && PiPrincipleSchema.safeParse(id).success) return value as PrincipleRef;
  return null;
}

export function filterMatrixRows(rows: readonly MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  return rows.filter((row) => {
    if (filter.redFlagsOnly && !row.cells.some((c) => c.redFlag)) return false;
    if (filter.mandatoryOnly && !row.mandatory) return false;
    if (filter.stage && row.stage !== filter.stage) return false;
    if (filter.principle) {
      const [set, id] = filter.principle.split(':', 2) as ['hrba' | 'pi', string];
      if (!(set === 'hrba' ? (row.hrba as readonly string[]) : (row.pi as readonly string[])).includes(id)) return false;
    }
    return true;
  });
}
