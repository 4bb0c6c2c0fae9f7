import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, prepareDatabase, assessmentRepository, settingsRepository } from '../../../src/db';
import { AssessmentSchema, nextTrailEvent, repairStoredAssessment, summariseAssessment, verifyTrail } from '../../../src/domain';
import { makeAssessment, T0 } from '../helpers/assessment';
import { RELEASED_STORES } from '../helpers/db';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

/** Version 4 exactly as it shipped: every table, before rows were repaired. */
async function writeVersion4(rows: { id: string; data: Record<string, unknown> }[]): Promise<string> {
  const name = `repair-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(4).stores(RELEASED_STORES[4]);
  for (const row of rows) {
    await old.table('assessments').put({ id: row.id, updatedAt: T0, data: row.data });
    const created = nextTrailEvent(null, { at: T0, by: '', change: { type: 'assessment.created' } });
    await old.table('trail').add({ ...created, assessmentId: row.id });
    // The summary an older version wrote: it thought the row was fine.
    await old.table('summaries').put({ id: row.id, entry: { state: 'ok', id: row.id, summary: { productName: String((row.data.subject as { productName: string }).productName) } } });
  }
  old.close();
  return name;
}

/** A row as an older version stored it: text and links that today's rules refuse. */
function olderRow() {
  const a = makeAssessment();
  const data = structuredClone(a) as unknown as Record<string, unknown>;
  (data.subject as Record<string, unknown>).productName = 'Kestrel Insight Invoice \u202Efdp.exe';
  (data.subject as Record<string, unknown>).organisation = 'Acme\u0007';
  data.answers = {
    'CON-01': {
      status: 'partial',
      notes: 'See \u2066the annex\u2069.',
      evidence: [
        { label: 'Policy', url: 'javascript:alert(1)' },
        { label: '\u200B\u200B', url: 'https://example.org/report' },
      ],
      answeredAt: T0,
      answeredBy: '',
      review: null,
    },
  };
  return { id: a.id, data };
}

describe('version 5: rows stored before text and links were checked', () => {
  it('neutralises them, records each change in the trail and a notice, and leaves valid and damaged rows alone', async () => {
    const bad = olderRow();
    const good = makeAssessment({ productName: 'FaceGate' });
    const damaged = { ...makeAssessment({ productName: 'Broken' }), mode: 'freestyle' };
    expect(AssessmentSchema.safeParse(bad.data).success).toBe(false);
    const name = await writeVersion4([bad, { id: good.id, data: structuredClone(good) as never }, { id: damaged.id, data: damaged as never }]);

    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      const repo = assessmentRepository(db);
      const repaired = await repo.get(bad.id);
      expect(repaired.subject.productName).toBe('Kestrel Insight Invoice fdp.exe');
      expect(repaired.subject.organisation).toBe('Acme');
      const answer = repaired.answers['CON-01']!;
      expect(answer.notes).toBe('See the annex.');
      // The refused link is kept, as text, never as a link; the invisible label gets a visible placeholder.
      expect(answer.evidence).toEqual([
        { label: 'Policy (link kept as text: javascript:alert(1))', url: '' },
        { label: 'Evidence', url: 'https://example.org/report' },
      ]);

      const trail = await repo.trail(bad.id);
      expect(verifyTrail(trail).ok).toBe(true);
      expect(trail.map((e) => e.change.type)).toEqual(['assessment.created', 'assessment.repaired']);
      expect(trail[1]!.change).toEqual({
        type: 'assessment.repaired',
        notes: [
          { path: 'subject.productName', kind: 'bidi-control' },
          { path: 'subject.organisation', kind: 'control-character' },
          { path: 'answers.CON-01.notes', kind: 'bidi-control' },
          { path: 'answers.CON-01.evidence[0].url', kind: 'non-web-link' },
          { path: 'answers.CON-01.evidence[1].label', kind: 'invisible-only' },
        ],
      });

      expect(await repo.get(good.id)).toEqual(good);
      expect((await repo.trail(good.id)).map((e) => e.change.type)).toEqual(['assessment.created']);
      const entries = new Map((await repo.entries()).map((e) => [e.id, e]));
      expect(entries.get(bad.id)).toEqual({ state: 'ok', id: bad.id, summary: summariseAssessment(repaired) });
      expect(entries.get(good.id)).toEqual({ state: 'ok', id: good.id, summary: summariseAssessment(good) });
      // A row damaged in other ways is not guessed at: it is listed as one this version cannot open, as stored.
      expect(entries.get(damaged.id)).toMatchObject({ state: 'damaged', problems: [{ path: 'mode' }] });
      expect(await repo.raw(damaged.id)).toEqual(damaged);

      expect((await settingsRepository(db).get()).repairNotice).toEqual([{ id: bad.id, productName: 'Kestrel Insight Invoice fdp.exe', changes: 5 }]);
    } finally {
      db.close();
    }
  });
});

describe('repairStoredAssessment', () => {
  it('returns null for a valid row and for one that neutralising text cannot fix, and never changes its input', () => {
    const good = makeAssessment();
    expect(repairStoredAssessment(good)).toBeNull();
    const wrongShape = { ...structuredClone(olderRow().data), mode: 'freestyle' };
    const before = structuredClone(wrongShape);
    expect(repairStoredAssessment(wrongShape)).toBeNull();
    expect(wrongShape).toEqual(before);
  });

  it('names a product that was only a direction control', () => {
    const row = structuredClone(makeAssessment()) as unknown as { subject: { productName: string } };
    row.subject.productName = '\u202E';
    expect(repairStoredAssessment(row)?.assessment.subject.productName).toBe('Unnamed product');
  });
});
