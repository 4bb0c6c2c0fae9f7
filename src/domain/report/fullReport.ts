import { canonicalJson, sha256Hex } from '../canonical';
import { reportIdFor } from '../reportId';
import { STAGES, type StageId } from '../lifecycle';
import { resolveChecklist } from '../checklist/resolve';
import type { AnswerStatus, Checklist, ChecklistItem } from '../checklist/schema';
import { raisesRedFlag } from '../checklist/redFlags';
import { isBuyerAssessment, questionFor } from '../checklist/wording';
import { citationDocumentKey, describeCitation, type CitationParts, type SourcesRegistry } from '../checklist/sources';
import { citationKey } from '../checklist/citations';
import type { Assessment } from '../assessment/schema';
import { percentAnswered } from '../assessment/progress';
import { assessmentKind, type AssessmentKind } from '../assessment/purpose';
import { buildDashboard } from '../findings/dashboard';
import type { Finding } from '../findings/derive';
import { severityLevel, severityScore } from '../findings/prioritise';
import { isOverdue } from '../findings/actions';
import type { TrailEvent } from '../trail/event';
import type { ChecklistTranslation, LocalizedChecklist } from '../checklist/translation';
import { answeredIn, quotedChecklist, quotedLanguage, type ReportLanguages } from './checklistLanguage';
import type { ReviewVerdict } from '../assessment/review';
import type { HrbaPrinciple, PiPrinciple } from '../checklist/citations';
import { buildAuditSection, buildTrailSection, type ReportAudit, type ReportTrail } from './auditReport';
import { RATING_DIMENSIONS, type ACTION_STATUSES, type FINDING_STATUSES, type INVOLVEMENTS, type RatingDimension } from '../findings/schema';

export type FindingStatus = (typeof FINDING_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type Involvement = (typeof INVOLVEMENTS)[number];

/**
 * The full report, decided here and rendered twice: as PDF (src/report) and as
 * accessible HTML. The model carries codes and values, never sentences: the
 * person's and the checklist's own text, ids, dates, hashes, numbers and codes
 * from closed sets. The renderers word it in the report's language (issue 12),
 * so the same model reads in English, French, Spanish or Arabic.
 */
export interface ReportFinding {
  rank: number;
  key: string;
  /** What the report prints: the item id (CON-04) or, for a finding a person added, F1, F2… in the order they were added — never the internal id. */
  number: string;
  /** The title the person wrote, else the item's gap title; for an item that words no gap, its question (see `titleIsQuestion`). */
  title: string;
  /** The title is the item's question, which the renderers mark as a gap ("Gap: …" in the report's language). */
  titleIsQuestion: boolean;
  /** The lifecycle stage of the item it comes from; null for a finding the assessor added. */
  stage: StageId | null;
  /** The answer that made it; null for a finding the assessor added. */
  answer: AnswerStatus | null;
  redFlag: boolean;
  redFlagReason: string;
  scale: number | null;
  scope: number | null;
  irremediability: number | null;
  severityScore: number | null;
  /** 1–4, the highest of scale, scope and irremediability (UNGP 14, undiluted); null until all three are rated. */
  severityLevel: number | null;
  likelihood: number | null;
  /** How the organisation is involved in the harm (UNGP 19); null until assessed. */
  involvement: Involvement | null;
  status: FindingStatus;
  rights: string[];
  groups: string[];
  description: string;
  leverage: string;
  rationale: string;
}

export interface ReportAction {
  description: string;
  /** The keys of the findings it addresses (ReportFinding.key); the renderers print their numbers and titles. */
  findings: string[];
  owner: string;
  dueDate: string;
  status: ActionStatus;
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
    productName: string;
    version: string;
    organisation: string;
    description: string;
    assessor: string;
    /** Who answered, from the mode and the perspective together. */
    mode: AssessmentKind;
    checklist: { title: string; id: string; version: string; contentHash: string };
    generatedAt: string;
    revision: number;
    /** The revision this one follows (its number, and the SHA-256 of its locked JSON when known); null for a first revision. */
    parent: { number: number; hash: string | null } | null;
    /** When the revision was locked (ISO time); null while it can change. */
    lockedAt: string | null;
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
  /** The numbers the easy-read page says in plain sentences. */
  easyRead: ReportEasyRead;
  /** The checklist the methodology names, and the rating scales it lists (levels 1 to 4 each). */
  methodology: { checklist: { title: string; version: string }; scales: RatingDimension[] };
  profile: { question: string; answer: ProfileAnswer }[];
  modules: string[];
  completion: { stage: StageId; applicable: number; answered: number }[];
  coverage: { hrba: PrincipleRow<HrbaPrinciple>[]; pi: PrincipleRow<PiPrinciple>[] };
  /** counts[severity - 1][likelihood - 1]; `unrated` findings are not placed. */
  /** `redFlags` counts the red flags within each cell of `counts`. */
  heatMap: { counts: number[][]; redFlags: number[][]; unrated: number };
  findings: ReportFinding[];
  stages: {
    id: StageId;
    skipped: number;
    items: {
      id: string;
      question: string;
      /** null: not answered. */
      answer: AnswerStatus | null;
      notes: string;
      /** Each piece of evidence: what it is, and its web address or ''. */
      evidence: { label: string; url: string }[];
      redFlag: boolean;
      /** The reviewer's verdict on this answer (audit and procurement). */
      review: { verdict: ReviewVerdict; comment: string; by: string } | null;
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

export interface ReportEasyRead {
  productName: string;
  applicable: number;
  answered: number;
  /** Findings not resolved, and how many of them are red flags. */
  open: number;
  redFlags: number;
  /** The key of the first unresolved finding in the order to act (ReportFinding.key); null when none is open. */
  firstToFix: string | null;
  actions: number;
  stakeholders: number;
}

/**
 * A profile question's answer: `chosen` lists the options picked (the checklist's labels);
 * `none` is a multiple choice with nothing picked, `not-answered` a question left empty.
 */
export type ProfileAnswer = { kind: 'not-answered' | 'none' | 'yes' | 'no'; options: [] } | { kind: 'chosen'; options: string[] };

/** Applicable questions tagged with a principle, answered, and answered "Yes" (in place). */
export interface PrincipleRow<P extends string> {
  principle: P;
  applicable: number;
  answered: number;
  met: number;
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
  // An item that words no gap is named by its question; the renderers mark it as a gap in the report's language.
  const questionOnly = (f: Finding) => {
    const item = f.itemId ? (said.get(f.itemId) ?? itemById.get(f.itemId)) : undefined;
    return item && !assessment.findings[f.key]?.title && !item.gapTitle ? item.question : null;
  };
  const toReportFinding = (f: Finding, rank: number): ReportFinding => ({
    rank,
    key: f.key,
    number: added.get(f.key) ?? f.key,
    // The person's title, else the checklist's gap title in the report's language, else its question (marked as a gap by the renderers).
    title: questionOnly(f) ?? ((f.itemId && !assessment.findings[f.itemId]?.title && said.get(f.itemId)?.gapTitle) || f.title),
    titleIsQuestion: questionOnly(f) !== null,
    stage: f.stage ?? null,
    answer: f.answer ?? null,
    redFlag: f.redFlag,
    redFlagReason: f.redFlag && f.itemId ? (said.get(f.itemId)?.redFlag?.reason ?? '') : '',
    scale: f.severity.scale,
    scope: f.severity.scope,
    irremediability: f.severity.irremediability,
    severityScore: severityScore(f.severity),
    severityLevel: severityLevel(f.severity),
    likelihood: f.likelihood,
    involvement: f.involvement ?? null,
    status: f.status,
    rights: f.rights.map(rightLabel),
    groups: f.groups.map(groupLabel),
    description: f.description,
    leverage: f.leverage,
    rationale: f.rationale,
  });
  const findings = dash.findings.map((f, i) => toReportFinding(f, i + 1));
  const actions: ReportAction[] = assessment.actions.map((a) => ({
    description: a.description,
    findings: [...a.findingKeys],
    owner: a.owner,
    dueDate: a.dueDate,
    status: a.status,
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
  const redFlags = findings.filter((f) => f.redFlag && f.status !== 'resolved');
  const open = findings.filter((f) => f.status !== 'resolved');
  const assessmentHash = await sha256Hex(canonicalJson(assessment));

  return {
    meta: {
      productName: assessment.subject.productName,
      version: assessment.subject.version,
      organisation: assessment.subject.organisation,
      description: assessment.subject.description,
      assessor: assessment.subject.assessor,
      // Who answered, from the mode and the perspective together (a buyer's own answers are not a vendor questionnaire).
      mode: assessmentKind(assessment.mode, assessment.triage, checklist),
      checklist: { title: checklist.title, ...assessment.checklist },
      generatedAt: now.toISOString(),
      revision: assessment.revision.number,
      parent: assessment.revision.parent ? { number: assessment.revision.parent.number, hash: assessment.revision.parent.hash ?? null } : null,
      lockedAt: assessment.revision.lockedAt,
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
    easyRead: {
      productName: assessment.subject.productName,
      applicable,
      answered,
      open: open.length,
      redFlags: redFlags.length,
      firstToFix: open[0]?.key ?? null,
      actions: actions.length,
      stakeholders: assessment.stakeholders.length,
    },
    methodology: { checklist: { title: checklist.title, version: checklist.version }, scales: [...RATING_DIMENSIONS] },
    profile: quoted.checklist.triage.map((q) => ({ question: q.question, answer: describeTriageAnswer(q, assessment.triage[q.id]) })),
    modules: quoted.checklist.modules.filter((m) => resolved.activeModules.has(m.id)).map((m) => m.title),
    completion: dash.completion.map((c) => ({ stage: c.stage, applicable: c.applicable, answered: c.answered })),
    coverage: {
      hrba: dash.hrba.map((p) => ({ principle: p.principle as HrbaPrinciple, applicable: p.applicable, answered: p.answered, met: p.met })),
      pi: dash.pi.map((p) => ({ principle: p.principle as PiPrinciple, applicable: p.applicable, answered: p.answered, met: p.met })),
    },
    heatMap: { counts: dash.heatMap, redFlags: dash.heatMapRedFlags, unrated: dash.unratedFindings },
    findings,
    // A buyer's report asks the questions in the buyer's wording, as the app did.
    stages: STAGES.map((stage) => ({
      id: stage,
      skipped: resolved.skipped[stage].length,
      items: resolved.applicable[stage].map((item) => {
        const answer = assessment.answers[item.id];
        const status = answer?.status ?? null;
        return {
          id: item.id,
          question: questionFor(saying(item), buyer),
          answer: status,
          notes: answer?.notes ?? '',
          evidence: (answer?.evidence ?? []).map((e) => ({ label: e.label, url: e.url })),
          redFlag: raisesRedFlag(item, status),
          review: answer?.review ? { verdict: answer.review.verdict, comment: answer.review.comment, by: answer.review.reviewedBy } : null,
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

function describeTriageAnswer(q: Checklist['triage'][number], value: unknown): ProfileAnswer {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return { kind: q.kind === 'multi' ? 'none' : 'not-answered', options: [] };
  }
  if (typeof value === 'boolean') return { kind: value ? 'yes' : 'no', options: [] };
  const label = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
  return { kind: 'chosen', options: Array.isArray(value) ? value.map(label) : [label(String(value))] };
}

export { reportIdFor };
