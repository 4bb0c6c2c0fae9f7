import type { Assessment, AssessmentChangeInput, ResolvedChecklist } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { defineMessage } from '../../i18n/format';

/** The parts of an open assessment, each a hash route under `/a/:id`; the checklist (the wizard) is the bare route. */
export const SECTIONS = [
  { id: 'checklist', label: defineMessage({ defaultMessage: 'Checklist', description: 'Assessment section: the questions, stage by stage' }) },
  { id: 'findings', label: defineMessage({ defaultMessage: 'Findings', description: 'Assessment section: gaps found and their severity' }) },
  { id: 'actions', label: defineMessage({ defaultMessage: 'Action plan', description: 'Assessment section: actions to close the gaps' }) },
  { id: 'context', label: defineMessage({ defaultMessage: 'Context', description: 'Assessment section: trade-offs, stakeholder engagement and benefits' }) },
  { id: 'dashboard', label: defineMessage({ defaultMessage: 'Dashboard', description: 'Assessment section: overview in figures' }) },
  /** The auditor's verdicts and statement (audit mode); for other modes, how to start an audit. */
  { id: 'audit', label: defineMessage({ defaultMessage: 'Audit review', description: 'Assessment section: the auditor’s verdicts and statement' }) },
  { id: 'sign', label: defineMessage({ defaultMessage: 'Sign', description: 'Assessment section: sign the report and the data file' }) },
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
