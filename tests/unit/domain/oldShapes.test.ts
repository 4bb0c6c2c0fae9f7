import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreHrbaFile } from '../../../src/domain';
import { assessmentRepository } from '../../../src/db';
import { deleteAll, freshDb } from '../helpers/db';

/**
 * An assessment as the first release wrote it: no findings, actions, trade-offs,
 * stakeholders, benefits or assessor. Files and stored rows of that shape must
 * keep opening, with the new parts empty.
 */
const FIRST_RELEASE = {
  schemaVersion: 1,
  id: '3f1f0c2e-7a1b-4c1d-9e2f-0a1b2c3d4e5f',
  mode: 'self',
  subject: { productName: 'Early Bird', version: '0.9', organisation: 'Start-up Ltd', description: '' },
  checklist: { id: 'hrba-tech', version: '0.1.0', contentHash: `sha256:${'b'.repeat(64)}` },
  triage: { role: 'builder', technology: ['other'], data: [], setting: [], affected: [], emergency: false, 'cross-border': false, jurisdictions: '' },
  answers: {
    'CON-01': { status: 'partial', notes: 'Draft purpose statement.', evidence: [], answeredAt: '2026-11-22T10:00:00.000Z', answeredBy: '', review: null },
  },
  progress: { stageReached: 'conception' },
  revision: { number: 1, parent: null, lockedAt: null },
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
};

afterEach(deleteAll);

describe('shapes written by the first release', () => {
  it('a .hrba.json file restores with the later parts empty and everything else intact', () => {
    const file = {
      kind: 'hrba.assessment',
      formatVersion: 1,
      exportedAt: '2026-11-22T10:05:00.000Z',
      generator: { name: 'HRBA@Tech due diligence', version: '0.1.0' },
      checklist: FIRST_RELEASE.checklist,
      assessment: FIRST_RELEASE,
    };
    const restored = restoreHrbaFile(JSON.stringify(file));
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const a = restored.file.assessment;
    expect(a.subject).toEqual({ ...FIRST_RELEASE.subject, assessor: '' });
    expect(a.answers).toEqual(FIRST_RELEASE.answers);
    expect([a.findings, a.actions, a.tradeoffs, a.stakeholders, a.benefits]).toEqual([{}, [], [], [], []]);
  });

  it('a stored row lists, opens and takes new kinds of change', async () => {
    const db = freshDb();
    await db.assessments.put({ id: FIRST_RELEASE.id, updatedAt: FIRST_RELEASE.updatedAt, data: FIRST_RELEASE });
    const repo = assessmentRepository(db);
    const [listed] = await repo.list();
    expect(listed).toMatchObject({ ok: true, assessment: { id: FIRST_RELEASE.id, findings: {} } });
    const next = await repo.commit(FIRST_RELEASE.id, { type: 'action.set', action: { id: 'a1', description: 'Finish the purpose statement' } });
    expect(next.actions).toEqual([{ id: 'a1', description: 'Finish the purpose statement', findingKeys: [], owner: '', dueDate: '', status: 'planned', completionEvidence: '' }]);
    expect(next.answers).toEqual(FIRST_RELEASE.answers);
  });
});
