import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { decisionRepository, DecisionNotStoredError } from '../../../src/db/decisions';
import type { ResponseRow } from '../../../src/db/procurementRows';
import { DecisionSchema, requestHash, type Decision, type Request } from '../../../src/domain/procurement';
import { deleteAll, freshDb } from '../helpers/db';
import { checklist11, makeRequest, T0 } from '../procurement/fixtures';

const ARGUS_1 = '22222222-2222-4222-8222-222222222222';
const ARGUS_2 = '22222222-2222-4222-8222-222222222223';
const T1 = '2026-04-20T10:00:00.000Z';

let request: Request;
beforeAll(async () => {
  request = makeRequest((await checklist11()).ref);
});
afterEach(deleteAll);

const response = (id: string, revision: number): ResponseRow => ({
  id,
  procurementId: request.id,
  organisation: 'Argus Systems',
  revision,
  manifestText: '{}',
  importedAt: T0,
  signature: { valid: true, trusted: false, reasons: [] },
  review: null,
});

const decision = (responseId: string, revision: number, extra: Partial<Decision> = {}): Decision =>
  DecisionSchema.parse({
    schemaVersion: 1,
    outcome: 'approve-with-conditions',
    vendor: { responseId, organisation: 'Argus Systems', revision },
    rationale: 'Hosting abroad is fixed by the audit clause.',
    clauseLibrary: { id: 'hrba-contract-clauses', version: '1.0.0' },
    conditions: [{ clauseId: 'CL-02', title: 'Audit and access rights', text: 'The Supplier shall give access to its logs.', answers: [] }],
    decidedAt: T1,
    ...extra,
  });

async function stored(sent = true) {
  const db = freshDb();
  await db.procurements.put({ id: request.id, request, requestHash: sent ? await requestHash(request) : null, sentAt: sent ? T0 : null, updatedAt: T0 });
  await db.responses.bulkPut([response(ARGUS_1, 1), response(ARGUS_2, 2)]);
  return { db, repo: decisionRepository(db) };
}

describe('decision storage', () => {
  it('records a decision on the latest revision of a vendor, and replaces it when decided again', async () => {
    const { db, repo } = await stored();
    expect(await repo.get(request.id)).toBeNull();
    await repo.save(request.id, decision(ARGUS_2, 2));
    expect((await repo.get(request.id))?.outcome).toBe('approve-with-conditions');
    await repo.save(request.id, decision(ARGUS_2, 2, { outcome: 'reject', conditions: [], vendor: null }));
    expect(await repo.get(request.id)).toMatchObject({ outcome: 'reject', vendor: null });
    // The request itself is untouched.
    expect((await db.procurements.get(request.id))?.request).toEqual(request);
  });

  it('refuses, storing nothing: a superseded revision, a vendor not imported, an unsent request, an invalid decision', async () => {
    const { repo } = await stored();
    const code = (p: Promise<unknown>) => p.then(
      () => 'stored',
      (e: unknown) => (e instanceof DecisionNotStoredError ? e.code : e instanceof ZodError ? 'invalid' : String(e)),
    );
    expect(await code(repo.save(request.id, decision(ARGUS_1, 1)))).toBe('vendor-not-latest');
    expect(await code(repo.save(request.id, decision('44444444-4444-4444-8444-444444444444', 1)))).toBe('vendor-not-imported');
    expect(await code(repo.save(request.id, { ...decision(ARGUS_2, 2), conditions: [] }))).toBe('invalid');
    expect(await code(repo.save('55555555-5555-4555-8555-555555555555', decision(ARGUS_2, 2)))).toBe('unknown-procurement');
    expect(await repo.get(request.id)).toBeNull();
    const draft = await stored(false);
    expect(await code(draft.repo.save(request.id, decision(ARGUS_2, 2)))).toBe('not-sent');
  });
});
