import { beforeAll, describe, expect, it } from 'vitest';
import { formatZodIssues } from '../../../src/domain/problems';
import { applyChange, originOf, startRevision, type Assessment } from '../../../src/domain';
import {
  AnswerReviewSchema,
  carriedReview,
  diffResponseRevisions,
  evidenceChanges,
  makeClarificationFile,
  nextRevisionProblem,
  openClarifications,
  restoreClarificationFile,
  serializeClarificationFile,
  sha256OfBytes,
  type EvidenceFile,
  type Request,
  type ResponseReview,
} from '../../../src/domain/procurement';
import { checklist11, makeRequest, vendorResponse } from './fixtures';

const VENDOR = { id: '33333333-3333-4333-8333-333333333333', organisation: 'Argus Systems' };
const T1 = '2026-03-10T09:00:00.000Z';
const by = { at: T1, by: 'Argus' };

let request: Request;
beforeAll(async () => {
  request = makeRequest((await checklist11()).ref);
});

const review = (answers: Record<string, { verdict: 'accepted' | 'clarification-needed' | 'insufficient'; comment?: string }>): ResponseReview => ({
  responseId: VENDOR.id,
  revision: 1,
  round: 1,
  answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, AnswerReviewSchema.parse({ ...v, reviewedAt: T1 })])),
});

function lockedRound1(): Assessment {
  const { assessment } = vendorResponse(request, { 'CON-04': 'unknown', 'DEP-03': 'yes', 'CQ-01': 'partial' }, VENDOR);
  return applyChange(assessment, { type: 'revision.lock' }, by);
}

describe('review and clarification rounds', () => {
  it('a clarification needs a question; accepted and insufficient may stand without a comment', () => {
    expect(formatZodIssues(AnswerReviewSchema.safeParse({ verdict: 'clarification-needed', comment: '', reviewedAt: T1 }).error?.issues ?? [])).toEqual([
      { path: 'comment', code: 'missing', values: { what: 'clarification' } },
    ]);
    expect(AnswerReviewSchema.safeParse({ verdict: 'insufficient', reviewedAt: T1 }).success).toBe(true);
  });

  it('exports the open questions of a round, in request order, as an hrba.clarification package', () => {
    const r = review({ 'CQ-01': { verdict: 'clarification-needed', comment: 'Which records leave the country?' }, 'CON-04': { verdict: 'clarification-needed', comment: 'What does the system identify?' }, 'DEP-03': { verdict: 'accepted' } });
    const open = openClarifications(request, r);
    expect(open).toEqual([
      { key: 'CON-04', comment: 'What does the system identify?' },
      { key: 'CQ-01', comment: 'Which records leave the country?' },
    ]);
    const round1 = lockedRound1();
    const file = makeClarificationFile({ exportedAt: T1, generator: { name: 'hrba-tech', version: '0.1.0' }, request: { id: request.id, hash: `sha256:${'1'.repeat(64)}` }, response: originOf(round1), round: 1, questions: open });
    const restored = restoreClarificationFile(serializeClarificationFile(file));
    if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
    expect(restored.file.questions.map((q) => q.key)).toEqual(['CON-04', 'CQ-01']);
    expect(restoreClarificationFile(JSON.stringify({ ...file, questions: [] }))).toMatchObject({ ok: false, problems: [{ path: 'questions', code: 'clarification-no-questions' }] });
  });

  it('imports the answered re-submission as the next revision only when it names round 1 exactly', () => {
    const round1 = lockedRound1();
    let round2 = startRevision(round1, '44444444-4444-4444-8444-444444444444', T1);
    round2 = applyChange(round2, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'It verifies a ticket photo, never identifies.', evidence: [] }, by);
    expect(nextRevisionProblem(round1, round2)).toBeNull();
    // Round 1 rewritten after the buyer received it: the parent hash no longer matches.
    const rewritten = { ...round1, answers: { ...round1.answers, 'CON-04': { ...round1.answers['CON-04']!, status: 'yes' as const } } };
    expect(nextRevisionProblem(rewritten, round2)).toBe('parent-hash-differs');
    expect(nextRevisionProblem(round2, round1)).toBe('not-next-number');
    const stranger = lockedRound1();
    expect(nextRevisionProblem({ ...stranger, id: '55555555-5555-4555-8555-555555555555' }, round2)).toBe('different-parent');
  });

  it('shows per question what changed since round 1: answer, notes, evidence files', () => {
    const round1 = lockedRound1();
    let round2 = startRevision(round1, '44444444-4444-4444-8444-444444444444', T1);
    round2 = applyChange(round2, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, by);
    round2 = applyChange(round2, { type: 'answer.set', itemId: 'CQ-01', status: 'partial', notes: 'Backups in a second country.', evidence: [] }, by);
    const pdf: EvidenceFile = { sha256: sha256OfBytes(new Uint8Array([1, 2, 3])), questionKey: 'DEP-03', name: 'grievance.pdf', mediaType: 'application/pdf', bytes: 3, description: '' };
    expect(diffResponseRevisions(request, { assessment: round1, evidence: [] }, { assessment: round2, evidence: [pdf] })).toEqual([
      { key: 'CON-04', changes: ['answer', 'notes'] },
      { key: 'DEP-03', changes: ['evidence'] },
      { key: 'CQ-01', changes: ['notes'] },
    ]);
    expect(diffResponseRevisions(request, { assessment: round1, evidence: [pdf] }, { assessment: round1, evidence: [pdf] })).toEqual([]);
  });

  it('carries round 1’s verdicts over to round 2 on the answers that did not change, and only those', () => {
    const round1 = lockedRound1();
    let round2 = startRevision(round1, '44444444-4444-4444-8444-444444444444', T1);
    round2 = applyChange(round2, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, by);
    const r = review({ 'CON-04': { verdict: 'clarification-needed', comment: 'What does it identify?' }, 'DEP-03': { verdict: 'accepted' }, 'CQ-01': { verdict: 'clarification-needed', comment: 'Where are backups?' } });
    const carried = carriedReview(request, { assessment: round1, evidence: [], review: r }, { assessment: round2, evidence: [] });
    expect(carried).toMatchObject({ responseId: round2.id, revision: 2, round: 2 });
    // CON-04 changed, so it waits for a fresh verdict; CQ-01 was not answered, so its question stays open.
    expect(Object.keys(carried.answers).sort()).toEqual(['CQ-01', 'DEP-03']);
    expect(carried.answers['CQ-01']?.verdict).toBe('clarification-needed');
    expect(carriedReview(request, { assessment: round1, evidence: [], review: null }, { assessment: round2, evidence: [] }).answers).toEqual({});
  });

  it('names the evidence files one revision added to and removed from a question', () => {
    const file = (n: number, key = 'DEP-03'): EvidenceFile => ({ sha256: sha256OfBytes(new Uint8Array([n])), questionKey: key, name: `f${n}.pdf`, mediaType: 'application/pdf', bytes: 1, description: '' });
    const changes = evidenceChanges([file(1), file(2), file(3, 'CON-04')], [file(2), file(4), file(1, 'CON-04')], 'DEP-03');
    expect(changes.added.map((f) => f.name)).toEqual(['f4.pdf']);
    expect(changes.removed.map((f) => f.name)).toEqual(['f1.pdf']);
  });
});
