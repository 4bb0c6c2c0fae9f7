import { canonicalJson, sha256Hex } from '../canonical';
import { reportIdFor } from '../reportId';
import { ASSESSMENT_KIND_LABELS, STAGES, STAGE_LABELS, type StageId } from '../lifecycle';
import { resolveChecklist } from '../checklist/resolve';
import { ANSWER_LABELS, type Checklist, type ChecklistItem } from '../checklist/schema';
import { raisesRedFlag } from '../checklist/redFlags';
import { isBuyerAssessment, questionFor } from '../checklist/wording';
import { citationDocumentKey, describeCitation, type CitationParts, type SourcesRegistry } from '../checklist/sources';
import { citationKey } from '../checklist/citations';
import type { Assessment } from '../assessment/schema';
import { percentAnswered } from '../assessment/progress';
import { assessmentKind } from '../assessment/purpose';
import { buildDashboard, type Dashboard } from '../findings/dashboard';
import type { Finding } from '../findings/derive';
import { severityLevel, severityScore } from '../findings/prioritise';
import { isOverdue } from '../findings/actions';
import type { TrailEvent } from '../trail/event';
import type { ChecklistTranslation, LocalizedChecklist } from '../checklist/translation';
import { answeredIn, quotedChecklist, quotedLanguage, type ReportLanguages } from './checklistLanguage';
import { VERDICT_LABELS } from '../assessment/review';
import { buildAuditSection, buildTrailSection, revisionText, type ReportAudit, type ReportTrail } from './auditReport';
import {
  ACTION_STATUS_LABELS,
  FINDING_STATUS_LABELS,
  INVOLVEMENT_LABELS,
  SEVERITY_ANCHORS,
} from '../findings/schema';

/**
 * The full report, decided here and rendered twice: as PDF (src/report) and as
 * accessible HTML. Renderers add layout only; every word and number is here.
 */
export interface ReportFinding {
  rank: number;
  key: string;
  /** What the report prints: the item id (CON-04) or, for a finding a person added, F1, F2… in the order they were added — never the internal id. */
  number: string;
  title: string;
  stage: string;
  answer: string;
  redFlag: boolean;
  redFlagReason: string;
  scale: number | null;
  scope: number | null;
  irremediability: number | null;
  severityScore: number | null;
  /** 1–4, the highest of scale, scope and irremediability (UNGP 14, undiluted); null until all three are rated. */
  severityLevel: number | null;
  likelihood: number | null;
  involvement: string;
  status: string;
  rights: string[];
  groups: string[];
  description: string;
  leverage: string;
  rationale: string;
}

export interface ReportAction {
  description: string;
  findings: string[];
  owner: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  completionEvidence: string;
}

export interface ReportSource {
  key: string;
  title: string;
  body: string;
  date: string;
  identifier: string;
  verification: 'verified' | 'reference';
  note: string;
  /** The passages cited, as codes and registry data (voice codes, not words), in reading order. */
  cited: CitationParts[];
}

/** An applicable question that asks for a measure its sources do not prescribe (`goodPractice`). */
export interface ReportGoodPractice {
  itemId: string;
  question: string;
  note: string;
}

export interface FullReport {
  meta: {
    title: string;
    productName: string;
    version: string;
    organisation: string;
    description: string;
    assessor: string;
    mode: string;
    checklist: { title: string; id: string; version: string; contentHash: string };
    generatedAt: string;
    revision: number;
    /** The revision number with its parent and lock, as the cover prints it. */
    revisionText: string;
    /** SHA-256 (hex) of the canonical JSON of the assessment this report was made from. */
    assessmentHash: string;
    /** Printed on every page so a single page can be traced to its report: the same assessment and date give the same id. */
    reportId: string;
    createdAt: string;
    updatedAt: string;
    locked: boolean;
    /**
     * A report is a draft until the review is complete: every applicable question answered
     * and the revision locked (locking is what ends a review, and signing locks first).
     */
    draft: boolean;
  };
  summary: {
    applicable: number;
    answered: number;
    percentAnswered: number;
    findings: number;
    openFindings: number;
    redFlags: ReportFinding[];
    salientRisks: ReportFinding[];
    keyActions: ReportAction[];
    overdueActions: number;
  };
  easyRead: string[];
  methodology: { paragraphs: string[]; scales: { name: string; levels: string[] }[] };
  profile: { question: string; answer: string }[];
  modules: string[];
  completion: { stage: string; applicable: number; answered: number }[];
  coverage: { hrba: Dashboard['hrba']; pi: Dashboard['pi'] };
  /** counts[severity - 1][likelihood - 1]; `unrated` findings are not placed. */
  /** `redFlags` counts the red flags within each cell of `counts`. */
  heatMap: { counts: number[][]; redFlags: number[][]; unrated: number };
  findings: ReportFinding[];
  stages: {
    id: StageId;
    title: string;
    skipped: number;
    items: {
      id: string;
      question: string;
      answer: string;
      notes: string;
      /** Each piece of evidence: what it is, and its web address or ''. */
      evidence: { label: string; url: string }[];
      redFlag: boolean;
      /** The reviewer's verdict on this answer (audit and procurement). */
      review: { verdict: string; comment: string; by: string } | null;
      /** Who last set this answer and when (from the answer's own record, as the audit review shows it); null when unanswered. */
      answered: { at: string; by: string } | null;
    }[];
  }[];
  /** The auditor's statement and verdict counts; null outside audit mode. */
  audit: ReportAudit | null;
  /** The change trail's annex; null when the report is made without one. */
  trail: ReportTrail | null;
  actions: ReportAction[];
  tradeoffs: { between: string; description: string; resolution: string; rationale: string; decidedBy: string; decidedOn: string }[];
  stakeholders: { who: string; when: string; how: string; whatChanged: string; groups: string[] }[];
  benefits: { description: string; rights: string[]; groups: string[]; evidence: string }[];
  sources: ReportSource[];
  /** Good-practice notes of the applicable questions, shown beside the sources; empty for content without them (1.0.0). */
  goodPractice: ReportGoodPractice[];
  /** The language the checklist is quoted in, and the languages its answers were given in. */
  languages: ReportLanguages;
}

export const KEY_ACTIONS = 8;

export async function buildFullReport(
  assessment: Assessment,
  checklist: Checklist,
  registry: SourcesRegistry,
  now: Date,
  trail?: readonly TrailEvent[],
  /** The checklist's translation to quote its questions in (fresh entries only); the English source without it. */
  translation?: ChecklistTranslation | LocalizedChecklist,
): Promise<FullReport> {
  const resolved = resolveChecklist(checklist, assessment.triage);
  // What the report quotes (questions, profile, modules, reasons, gap titles); ids, rules, citations and hashes stay the English source's.
  const quoted = quotedChecklist(checklist, translation);
  const said = new Map(quoted.checklist.items.map((i) => [i.id, i]));
  const saying = (item: ChecklistItem): ChecklistItem => said.get(item.id) ?? item;
  const buyer = isBuyerAssessment(checklist, assessment.triage);
  const today = now.toISOString().slice(0, 10);
  const dash = buildDashboard(assessment, resolved, today);
  const rightLabel = (r: string) => (Object.hasOwn(registry.rights, r) ? registry.rights[r]!.label : r);
  const groupLabel = (g: string) => quoted.checklist.groups.find((x) => x.id === g)?.label ?? g;
  const itemById = new Map(checklist.items.map((i) => [i.id, i]));

  const added = new Map(
    Object.keys(assessment.findings)
      .filter((key) => !itemById.has(key))
      .map((key, i) => [key, `F${i + 1}`]),
  );
  const toReportFinding = (f: Finding, rank: number): ReportFinding => ({
    rank,
    key: f.key,
    number: added.get(f.key) ?? f.key,
    // The checklist's gap title in the report's language, unless the person wrote their own.
    title: (f.itemId && !assessment.findings[f.itemId]?.title && said.get(f.itemId)?.gapTitle) || f.title,
    stage: f.stage ? STAGE_LABELS[f.stage] : 'Added by the assessor',
    answer: f.answer ? ANSWER_LABELS[f.answer] : '',
    redFlag: f.redFlag,
    redFlagReason: f.redFlag && f.itemId ? (said.get(f.itemId)?.redFlag?.reason ?? '') : '',
    scale: f.severity.scale,
    scope: f.severity.scope,
    irremediability: f.severity.irremediability,
    severityScore: severityScore(f.severity),
    severityLevel: severityLevel(f.severity),
    likelihood: f.likelihood,
    involvement: f.involvement ? INVOLVEMENT_LABELS[f.involvement] : 'Not assessed',
    status: FINDING_STATUS_LABELS[f.status],
    rights: f.rights.map(rightLabel),
    groups: f.groups.map(groupLabel),
    description: f.description,
    leverage: f.leverage,
    rationale: f.rationale,
  });
  const findings = dash.findings.map((f, i) => toReportFinding(f, i + 1));
  const findingTitle = new Map(findings.map((f) => [f.key, `${f.number}: ${f.title}`]));
  const actions: ReportAction[] = assessment.actions.map((a) => ({
    description: a.description,
    findings: a.findingKeys.map((k) => findingTitle.get(k) ?? k),
    owner: a.owner,
    dueDate: a.dueDate,
    status: ACTION_STATUS_LABELS[a.status],
    overdue: isOverdue(a, today),
    completionEvidence: a.completionEvidence,
  }));
  const topKeys = new Set(dash.topRisks.map((f) => f.key));
  const keyActions = assessment.actions
    .map((a, i) => ({ a, r: actions[i]! }))
    .filter(({ a }) => a.status !== 'done' && a.status !== 'cancelled' && (isOverdue(a, today) || a.findingKeys.some((k) => topKeys.has(k))))
    .slice(0, KEY_ACTIONS)
    .map(({ r }) => r);

  const applicable = dash.completion.reduce((n, c) => n + c.applicable, 0);
  const answered = dash.completion.reduce((n, c) => n + c.answered, 0);
  const redFlags = findings.filter((f) => f.redFlag && f.status !== FINDING_STATUS_LABELS.resolved);
  const open = findings.filter((f) => f.status !== FINDING_STATUS_LABELS.resolved);
  const assessmentHash = await sha256Hex(canonicalJson(assessment));

  return {
    meta: {
      title: `Human rights due diligence report: ${assessment.subject.productName}`,
      productName: assessment.subject.productName,
      version: assessment.subject.version,
      organisation: assessment.subject.organisation,
      description: assessment.subject.description,
      assessor: assessment.subject.assessor,
      // Who answered, from the mode and the perspective together (a buyer's own answers are not a vendor questionnaire).
      mode: ASSESSMENT_KIND_LABELS[assessmentKind(assessment.mode, assessment.triage, checklist)],
      checklist: { title: checklist.title, ...assessment.checklist },
      generatedAt: now.toISOString(),
      revision: assessment.revision.number,
      revisionText: revisionText(assessment),
      assessmentHash,
      reportId: await reportIdFor(assessmentHash, now.toISOString()),
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      locked: assessment.revision.lockedAt !== null,
      draft: assessment.revision.lockedAt === null || answered < applicable,
    },
    summary: {
      applicable,
      answered,
      percentAnswered: percentAnswered(assessment, resolved),
      findings: findings.length,
      openFindings: open.length,
      redFlags,
      salientRisks: dash.topRisks.map((f) => findings.find((r) => r.key === f.key)!),
      keyActions,
      overdueActions: dash.overdueActions,
    },
    easyRead: easyReadSummary(assessment.subject.productName, applicable, answered, open.length, redFlags.length, findings.find((f) => f.status !== FINDING_STATUS_LABELS.resolved)?.title, actions.length, assessment.stakeholders.length),
    methodology: methodology(checklist),
    profile: quoted.checklist.triage.map((q) => ({ question: q.question, answer: describeTriageAnswer(q, assessment.triage[q.id]) })),
    modules: quoted.checklist.modules.filter((m) => resolved.activeModules.has(m.id)).map((m) => m.title),
    completion: dash.completion.map((c) => ({ stage: STAGE_LABELS[c.stage], applicable: c.applicable, answered: c.answered })),
    coverage: { hrba: dash.hrba, pi: dash.pi },
    heatMap: { counts: dash.heatMap, redFlags: dash.heatMapRedFlags, unrated: dash.unratedFindings },
    findings,
    // A buyer's report asks the questions in the buyer's wording, as the app did.
    stages: STAGES.map((stage) => ({
      id: stage,
      title: STAGE_LABELS[stage],
      skipped: resolved.skipped[stage].length,
      items: resolved.applicable[stage].map((item) => {
        const answer = assessment.answers[item.id];
        const status = answer?.status ?? null;
        return {
          id: item.id,
          question: questionFor(saying(item), buyer),
          answer: status ? ANSWER_LABELS[status] : 'Not answered',
          notes: answer?.notes ?? '',
          evidence: (answer?.evidence ?? []).map((e) => ({ label: e.label, url: e.url })),
          redFlag: raisesRedFlag(item, status),
          review: answer?.review ? { verdict: VERDICT_LABELS[answer.review.verdict], comment: answer.review.comment, by: answer.review.reviewedBy } : null,
          answered: answer && status ? { at: answer.answeredAt, by: answer.answeredBy } : null,
        };
      }),
    })),
    actions,
    tradeoffs: assessment.tradeoffs.map(({ id: _id, ...t }) => t),
    stakeholders: assessment.stakeholders.map(({ id: _id, ...s }) => ({ ...s, groups: s.groups.map(groupLabel) })),
    benefits: assessment.benefits.map(({ id: _id, ...b }) => ({ ...b, rights: b.rights.map(rightLabel), groups: b.groups.map(groupLabel) })),
    sources: citedSources(checklist, resolved.applicableIds, registry),
    goodPractice: STAGES.flatMap((stage) =>
      resolved.applicable[stage].map(saying).flatMap((item) => (item.goodPractice ? [{ itemId: item.id, question: questionFor(item, buyer), note: item.goodPractice }] : [])),
    ),
    audit: buildAuditSection(assessment, STAGES.flatMap((st) => resolved.applicable[st].map((i) => i.id))),
    trail: buildTrailSection(trail),
    languages: {
      checklist: quotedLanguage(quoted.language, resolved.applicableIds),
      answeredIn: answeredIn(trail, STAGES.flatMap((st) => resolved.applicable[st].filter((i) => assessment.answers[i.id]?.status).map((i) => i.id))),
    },
  };
}

/** Every source the applicable items cite, in full, with the specific passages cited. */
function citedSources(checklist: Checklist, applicable: ReadonlySet<string>, registry: SourcesRegistry): ReportSource[] {
  const cited = new Map<string, Map<string, CitationParts>>();
  for (const item of checklist.items) {
    if (!applicable.has(item.id)) continue;
    for (const c of item.citations) {
      const doc = citationDocumentKey(c);
      if (!cited.has(doc)) cited.set(doc, new Map());
      cited.get(doc)!.set(citationKey(c), describeCitation(c, registry));
    }
  }
  const order = Object.keys(registry.documents);
  // Passages in reading order: paragraph 9 before 43 before 107, principle 3 before 17.
  const byRef = (a: CitationParts, b: CitationParts) => a.ref.localeCompare(b.ref, 'en', { numeric: true });
  return [...cited.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([key, refs]) => {
      const d = registry.documents[key]!;
      return {
        key,
        title: d.title,
        body: d.body,
        date: d.date ?? '',
        identifier: d.identifier ?? '',
        verification: d.verification,
        note: d.note ?? '',
        cited: [...refs.values()].sort(byRef),
      };
    });
}

function methodology(checklist: Checklist): FullReport['methodology'] {
  return {
    paragraphs: [
      `This assessment used ${checklist.title}, version ${checklist.version}. Its questions follow a product through four lifecycle stages (conception, design, deployment and operation). They are derived from the seven principles of the HRBA@Tech model, the UN Guiding Principles on Business and Human Rights and Privacy International's six principles for public-private partnerships, and each question cites the passages it rests on (see the sources annex). The HRBA@Tech model's own per-stage checklist is not public; these questions are this tool's derivation, not its wording.`,
      'A profile of the product (who is assessing, what technology it is, what data it processes, where it is used and who it affects) decided which questions apply. Every applicable question answered "No", "Partly" or "Don\u2019t know" became a finding.',
      'Each finding was rated for severity as the UN Guiding Principles describe it (principle 14): the scale of the harm, its scope (how many people) and how hard it is to remedy, each from 1 to 4, plus its likelihood from 1 to 4. Its severity level is the highest of the three: any one of them can make a harm severe, so they are not averaged. Findings are listed in the order to act on them (principle 24): red flags first, whatever their score, because they are stop signs; then the most severe, and among equally severe ones the least remediable; then the most likely. Unrated findings follow the rated ones. A lower rank does not mean a finding can be ignored.',
      'Answers are the assessor\u2019s own statements, with the notes and evidence they recorded. This report does not verify them independently unless it was made in audit mode.',
    ],
    scales: [
      { name: 'Scale (how grave)', levels: [...SEVERITY_ANCHORS.scale] },
      { name: 'Scope (how many people)', levels: [...SEVERITY_ANCHORS.scope] },
      { name: 'Irremediability (how hard to put right)', levels: [...SEVERITY_ANCHORS.irremediability] },
      { name: 'Likelihood', levels: [...SEVERITY_ANCHORS.likelihood] },
    ],
  };
}

function easyReadSummary(product: string, applicable: number, answered: number, open: number, flags: number, first: string | undefined, actions: number, people: number): string[] {
  const lines = [
    `We checked ${product} for harm to people's human rights.`,
    `There were ${applicable} questions for this product. We answered ${answered} of them.`,
    open === 0 ? 'We found no problems that still need work.' : `We found ${open} ${open === 1 ? 'problem' : 'problems'} that still ${open === 1 ? 'needs' : 'need'} work.`,
  ];
  if (flags > 0) lines.push(`${flags} of them ${flags === 1 ? 'is a red flag' : 'are red flags'}. A red flag means: stop and fix this first.`);
  if (first) lines.push(`The first thing to fix is: ${first}`);
  lines.push(actions === 0 ? 'We have not planned any actions yet.' : `We planned ${actions} ${actions === 1 ? 'action' : 'actions'} to fix problems.`);
  lines.push(people === 0 ? 'We have not yet recorded talking to the people affected.' : `We talked with ${people} ${people === 1 ? 'group or person' : 'groups or people'} affected by the product.`);
  return lines;
}

function describeTriageAnswer(q: Checklist['triage'][number], value: unknown): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return q.kind === 'multi' ? 'None of these' : 'Not answered';
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const label = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label).join('; ') : label(String(value));
}

export { reportIdFor };
