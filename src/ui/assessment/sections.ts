import type { Assessment, AssessmentChangeInput, ResolvedChecklist } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ChecklistInLanguage } from '../wizard/useChecklistLanguage';

/** The parts of an open assessment, each a hash route under `/a/:id`; the checklist (the wizard) is the bare route. */
export const SECTIONS = [
  { id: 'checklist' },
  { id: 'findings' },
  { id: 'actions' },
  { id: 'context' },
  { id: 'dashboard' },
  /** The auditor's verdicts and statement (audit mode); for other modes, how to start an audit. */
  { id: 'audit' },
  { id: 'sign' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

/** The route pattern the shell reads its section (and, for findings, the finding key) from. */
export const ASSESSMENT_ROUTE = '/a/:id/:section?/:param?';
/** Spelled out: regexparam's type inference misreads a pattern with two optional segments. */
export type AssessmentRouteParams = { id: string; section?: string; param?: string };

export function sectionHref(assessmentId: string, section: SectionId, param?: string): string {
  const base = section === 'checklist' ? `/a/${assessmentId}` : `/a/${assessmentId}/${section}`;
  return param ? `${base}/${encodeURIComponent(param)}` : base;
}

/** A link that opens the wizard at one item (the shell jumps there, then shows the bare route). */
export const itemHref = (assessmentId: string, itemId: string) => `/a/${assessmentId}/item/${itemId}`;

/** What every section page receives from the shell, which loads the assessment once. */
export interface SectionProps {
  assessment: Assessment;
  loaded: LoadedChecklist;
  /** The checklist's texts in the chosen language, for showing only (useChecklistLanguage); `loaded` stays the English source. */
  shown: ChecklistInLanguage;
  resolved: ResolvedChecklist;
  /** The single write path, awaited: resolves with the stored assessment, rejects with the reason it was not saved. */
  commit: (change: AssessmentChangeInput, by?: string) => Promise<Assessment>;
  /** The route segment after the section, such as a finding key. */
  param: string | undefined;
  /** Nothing may be changed: the revision is locked, or another tab edits. */
  readOnly: boolean;
  /** Who makes the changes, as the trail records them (the auditor in audit mode). */
  by: string;
}
