import { canonicalJson, sha256Hex } from '../canonical';
import { MODE_LABELS, STAGES, STAGE_LABELS, type StageId } from '../lifecycle';
import { resolveChecklist } from '../checklist/resolve';
import { ANSWER_LABELS, type Checklist } from '../checklist/schema';
import type { SourcesRegistry } from '../checklist/sources';
import type { Assessment } from '../assessment/schema';
import { percentAnswered, raisedRedFlags } from '../assessment/progress';

/**
 * Everything the answers report prints, decided here and tested without a PDF:
 * the renderer only lays this out.
 */
export interface AnswersReport {
  title: string;
  subject: Assessment['subject'];
  modeLabel: string;
  checklist: { title: string; id: string; version: string; contentHash: string };
  generatedAt: string;
  revision: number;
  /** SHA-256 of the canonical JSON of the assessment, so a reader can check the PDF matches the data. */
  assessmentHash: string;
  percentAnswered: number;
  profile: { question: string; answer: string }[];
  modules: string[];
  redFlags: { itemId: string; reason: string }[];
  stages: {
    id: StageId;
    title: string;
    items: { id: string; question: string; answer: string; notes: string; evidence: string[]; redFlag: boolean }[];
    skipped: number;
  }[];
}

export async function buildAnswersReport(
  assessment: Assessment,
  checklist: Checklist,
  _registry: SourcesRegistry,
  now: Date,
): Promise<AnswersReport> {
  const resolved = resolveChecklist(checklist, assessment.triage);
  const flagged = new Set(raisedRedFlags(assessment, resolved).map((f) => f.item.id));
  return {
    title: `Human rights due diligence: ${assessment.subject.productName}`,
    subject: assessment.subject,
    modeLabel: MODE_LABELS[assessment.mode],
    checklist: { title: checklist.title, ...assessment.checklist },
    generatedAt: now.toISOString(),
    revision: assessment.revision.number,
    assessmentHash: await sha256Hex(canonicalJson(assessment)),
    percentAnswered: percentAnswered(assessment, resolved),
    profile: checklist.triage.map((q) => ({ question: q.question, answer: describeTriageAnswer(q, assessment.triage[q.id]) })),
    modules: checklist.modules.filter((m) => resolved.activeModules.has(m.id)).map((m) => m.title),
    redFlags: raisedRedFlags(assessment, resolved).map(({ item }) => ({ itemId: item.id, reason: item.redFlag!.reason })),
    stages: STAGES.map((stage) => ({
      id: stage,
      title: STAGE_LABELS[stage],
      skipped: resolved.skipped[stage].length,
      items: resolved.applicable[stage].map((item) => {
        const answer = assessment.answers[item.id];
        return {
          id: item.id,
          question: item.question,
          answer: answer?.status ? ANSWER_LABELS[answer.status] : 'Not answered',
          notes: answer?.notes ?? '',
          evidence: (answer?.evidence ?? []).map((e) => (e.url ? `${e.label} (${e.url})` : e.label)),
          redFlag: flagged.has(item.id),
        };
      }),
    })),
  };
}

function describeTriageAnswer(q: Checklist['triage'][number], value: unknown): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return q.kind === 'multi' ? 'None of these' : 'Not answered';
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const label = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label).join('; ') : label(String(value));
}
