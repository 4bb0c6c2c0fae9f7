/**
 * Writes examples/kestrel-insight.hrba.json: a realistic, fully answered
 * assessment of a fictional product, made with the project's own domain code so
 * it is exactly what the app would export. Deterministic: the same checklist
 * gives the same file. Run again after the checklist content changes:
 *
 *   npx tsx scripts/make-example.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyChange,
  AssessmentChangeSchema,
  nextTrailEvent,
  defaultFindingRecord,
  makeHrbaFile,
  newAssessment,
  resolveChecklist,
  serializeHrbaFile,
  STAGES,
  type Assessment,
  type AssessmentChangeInput,
  type TriageValue,
  type TrailEvent,
} from '../src/domain';
import { loadChecklistDir, loadSourcesRegistry } from '../src/node/loadChecklist';
import { ANSWERS } from './example/answers';
import { ACTIONS, BENEFITS, FINDINGS, STAKEHOLDERS, TRADEOFFS } from './example/records';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE_PATH = join(ROOT, 'examples', 'kestrel-insight.hrba.json');

const ASSESSOR = 'Zofia Wiśniewska, Head of Responsible AI';
const TRIAGE: Record<string, TriageValue> = {
  role: 'builder',
  technology: ['data-analytics', 'ai-adm'],
  data: ['personal', 'sensitive'],
  setting: ['public-service', 'social-protection'],
  affected: ['older-persons', 'disabilities', 'low-connectivity'],
  emergency: false,
  'cross-border': true,
  jurisdictions: 'Poland (Łódź), Greece (Αθήνα pilot)',
};

/** A clock that moves forward an hour per change, from the day the assessment began. */
function clock(start: string) {
  let t = Date.parse(start);
  return () => {
    t += 3_600_000;
    return new Date(t).toISOString();
  };
}

async function main() {
  const loaded = await loadChecklistDir(join(ROOT, 'checklists/hrba-tech/1.0.0'), loadSourcesRegistry(join(ROOT, 'checklists')));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const { checklist, ref } = loaded;
  const tick = clock('2026-09-01T07:00:00.000Z');
  let a: Assessment = newAssessment({
    id: '6f1c2a8e-4b7d-4e2a-9c3f-1d5e8b7a9c01',
    at: tick(),
    mode: 'self',
    subject: {
      productName: 'Kestrel Insight',
      version: '3.2',
      organisation: 'Kestrel Labs sp. z o.o. (Łódź, Poland; engineering office in Αθήνα)',
      description:
        'Kestrel Insight is a data-analytics platform that helps municipal social-welfare centres decide which households to contact first for home-care and benefit support. It ranks open cases by estimated need, using 17 fields from the centre\'s own case and benefit records, and explains each ranking to the caseworker. In use at the Municipal Social Assistance Centre in Łódź (MOPS Łódź, about 38,000 open cases) since January 2026; a pilot with the social services of the Municipality of Athens (Δήμος Αθηναίων) is paused.',
      assessor: ASSESSOR,
    },
    checklist: ref,
  });
  // The trail is what the app's repository would have recorded for the same edits.
  const trail: TrailEvent[] = [nextTrailEvent(null, { at: a.createdAt, by: ASSESSOR, change: { type: 'assessment.created' } })];
  const change = (c: AssessmentChangeInput, by = ASSESSOR) => {
    const at = tick();
    a = applyChange(a, c, { at, by });
    trail.push(nextTrailEvent(trail.at(-1), { at, by, change: AssessmentChangeSchema.parse(c) }));
  };

  change({ type: 'triage.set', triage: TRIAGE });
  const resolved = resolveChecklist(checklist, a.triage);
  const applicable = STAGES.flatMap((s) => resolved.applicable[s]);
  const missing = applicable.filter((i) => !ANSWERS[i.id]).map((i) => i.id);
  const extra = Object.keys(ANSWERS).filter((id) => !resolved.applicableIds.has(id));
  if (missing.length || extra.length) {
    throw new Error(`The example's answers no longer match the checklist: missing ${missing.join(', ') || 'none'}; not applicable ${extra.join(', ') || 'none'}`);
  }
  for (const item of applicable) {
    const answer = ANSWERS[item.id]!;
    change(
      {
        type: 'answer.set',
        itemId: item.id,
        status: answer.status,
        notes: answer.notes,
        evidence: (answer.evidence ?? []).map((e) => ({ label: e.label, url: e.url ?? '' })),
      },
      item.stage === 'design' ? 'Dr Marek Zieliński' : ASSESSOR,
    );
  }
  for (const [key, rating] of Object.entries(FINDINGS)) {
    const item = checklist.items.find((i) => i.id === key) ?? null;
    // The example's assessor confirmed the rights and groups the item suggests.
    change({ type: 'finding.set', key, finding: { ...defaultFindingRecord(), rights: [...(item?.rights ?? [])], groups: [...(item?.groups ?? [])], ...rating, updatedAt: tick() } });
  }
  for (const action of ACTIONS) change({ type: 'action.set', action: { completionEvidence: '', ...action } });
  for (const tradeoff of TRADEOFFS) change({ type: 'tradeoff.set', tradeoff });
  for (const stakeholder of STAKEHOLDERS) change({ type: 'stakeholder.set', stakeholder });
  for (const benefit of BENEFITS) change({ type: 'benefit.set', benefit });
  change({ type: 'progress.set', progress: { stageReached: 'review' } });

  const file = makeHrbaFile(a, { name: 'HRBA@Tech due diligence', version: '0.1.0' }, tick(), trail);
  writeFileSync(EXAMPLE_PATH, serializeHrbaFile(file));
  process.stdout.write(`wrote ${EXAMPLE_PATH}: ${applicable.length} answers, ${Object.keys(FINDINGS).length} rated findings, ${ACTIONS.length} actions\n`);
}

await main();
