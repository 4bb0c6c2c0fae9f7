import { beforeAll, describe, expect, it } from 'vitest';
import { englishIssue } from '../helpers/problems';
import { type Checklist, type ChecklistRef } from '../../../src/domain';
import {
  defaultDealBreakers,
  defaultRequestItems,
  makeRequestFile,
  newRequestDraft,
  requestChecklistProblems,
  requestHash,
  RequestSchema,
  restoreRequestFile,
  serializeRequestFile,
} from '../../../src/domain/procurement';
import { checklist11, makeRequest, requestInput } from './fixtures';

let checklist: Checklist;
let ref: ChecklistRef;
beforeAll(async () => {
  ({ checklist, ref } = await checklist11());
});

const problemsOf = (input: unknown) => {
  const parsed = RequestSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map(englishIssue);
};

describe('the request schema', () => {
  it('accepts a complete request and fills the defaults', () => {
    const request = makeRequest(ref, { customQuestions: undefined, mandatory: undefined, dealBreakers: undefined, instructions: undefined, deadline: undefined });
    expect(request).toMatchObject({ customQuestions: [], mandatory: [], dealBreakers: {}, instructions: '', deadline: '' });
  });

  it('refuses mandatory and deal-breaker marks on questions the request does not ask', () => {
    expect(problemsOf(requestInput(ref, { mandatory: ['OPS-01'], dealBreakers: { 'CQ-09': {} } }))).toEqual([
      'mandatory.0: “OPS-01” is marked mandatory but is not asked.',
      'dealBreakers.CQ-09: “CQ-09” is marked a deal-breaker but is not asked.',
    ]);
  });

  it('refuses a request that asks nothing, a question listed twice and a custom id among the items', () => {
    expect(problemsOf(requestInput(ref, { items: [], customQuestions: [], mandatory: [], dealBreakers: {} }))).toEqual(['items: A request asks at least one question.']);
    expect(problemsOf(requestInput(ref, { items: ['CON-04', 'CON-04'] }))).toEqual(['items.1: “CON-04” is listed twice.']);
    expect(problemsOf(requestInput(ref, { items: ['CON-04', 'CQ-02'] }))).toEqual(['items.1: “CQ-02” is a custom question id; list it under customQuestions.']);
    const twice = { id: 'CQ-01', question: 'Another question, worded for yes?', stage: 'design' as const };
    expect(problemsOf(requestInput(ref, { customQuestions: [...requestInput(ref).customQuestions!, twice] }))[0]).toMatch(/^customQuestions\.1\.id: The id “CQ-01” is used twice \(also at position 0\); ids must be unique\.$/);
  });

  it('counts collections before their entries (a huge list is refused in one step)', () => {
    const items = Array.from({ length: 501 }, (_, i) => `CON-${String(i).padStart(3, '0')}`);
    expect(problemsOf(requestInput(ref, { items, mandatory: [], dealBreakers: {} }))).toEqual(['items: Has 501 entries; at most 500 are allowed.']);
  });

  it('refuses hidden direction controls and control characters in text the vendor will read', () => {
    expect(problemsOf(requestInput(ref, { instructions: 'Answer by \u202Efdp.exe' }))[0]).toMatch(/^instructions: Contains a hidden direction control \(U\+202E\)/);
    expect(problemsOf(requestInput(ref, { buyer: { organisation: 'City\u0007', contact: '' } }))[0]).toMatch(/^buyer.organisation: Contains a control character \(U\+0007\)/);
    expect(problemsOf(requestInput(ref, { buyer: { organisation: '\u200B\u200B', contact: '' } }))[0]).toMatch(/^buyer.organisation: Has only invisible characters/);
  });

  it('refuses a deal-breaker override that names no answer, or one answer twice, and an unknown procurement stage', () => {
    expect(problemsOf(requestInput(ref, { dealBreakers: { 'CON-04': { triggers: [] } } }))[0]).toMatch(/^dealBreakers.CON-04.triggers: A deal-breaker needs at least one answer that raises it/);
    expect(problemsOf(requestInput(ref, { dealBreakers: { 'CON-04': { triggers: ['no', 'no'] } } }))[0]).toMatch(/^dealBreakers.CON-04.triggers: The same value is listed twice\.$/);
    expect(problemsOf(requestInput(ref, { procurement: { title: 'T', reference: '', stage: 'negotiation' as never } }))[0]).toMatch(/^procurement.stage:/);
  });
});

describe('a request against its checklist', () => {
  it('names every unknown item and profile answer the checklist does not have', () => {
    const request = makeRequest(ref, { items: ['CON-04', 'CON-99'], mandatory: [], dealBreakers: {}, profile: { technology: ['teleport'], mood: 'x' } });
    expect(requestChecklistProblems(request, checklist)).toEqual([
      { path: 'items[1]', code: 'question-unknown', values: { id: 'CON-99', checklist: 'hrba-tech 1.1.0' } },
      { path: 'profile.technology', code: 'profile-option-unknown', values: { value: 'teleport', options: expect.arrayContaining(['ai-adm', 'biometrics']) as unknown as string[] } },
      { path: 'profile.mood', code: 'profile-question-unknown', values: { checklist: 'hrba-tech 1.1.0' } },
    ]);
    expect(requestChecklistProblems(makeRequest(ref), checklist)).toEqual([]);
  });

  it('pre-selects the builder-perspective items that apply to the profile, whatever role the buyer gave', () => {
    const items = defaultRequestItems(checklist, { role: 'buyer', technology: ['biometrics'] });
    const byId = new Map(checklist.items.map((i) => [i.id, i]));
    expect(items.length).toBeGreaterThan(40);
    expect(items.every((id) => byId.get(id)!.perspective !== 'buyer')).toBe(true);
    // Builder-only items are in, the biometrics module is on, and an AI-only item is not asked.
    expect(items).toEqual(expect.arrayContaining(['CON-06', 'DES-16']));
    expect(items).not.toContain('CON-28');
    expect(defaultRequestItems(checklist, { technology: ['ai-adm'] })).toContain('CON-28');
    // Checklist order, so the questionnaire reads stage by stage.
    const order = checklist.items.map((i) => i.id);
    expect([...items].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(items);
  });

  it('starts with the selected red-flag items as deal-breakers under the default policy', () => {
    const items = defaultRequestItems(checklist, { technology: ['biometrics'] });
    const dealBreakers = defaultDealBreakers(checklist, items);
    const redFlagItems = checklist.items.filter((i) => i.redFlag && items.includes(i.id)).map((i) => i.id);
    expect(Object.keys(dealBreakers).sort()).toEqual(redFlagItems.sort());
    expect(Object.keys(dealBreakers)).toContain('DES-17');
    expect(Object.values(dealBreakers).every((d) => d.triggers === undefined)).toBe(true);
  });
});

describe('a new request draft', () => {
  it('starts with the applicable items and their red flags as deal-breakers, and is valid once the buyer names it', () => {
    const draft = newRequestDraft({ id: '99999999-9999-4999-8999-999999999999', at: '2026-03-01T09:00:00.000Z', checklist, ref, profile: { technology: ['biometrics'] } });
    expect(draft.items).toEqual(defaultRequestItems(checklist, { technology: ['biometrics'] }));
    expect(Object.keys(draft.dealBreakers ?? {})).toContain('DES-17');
    expect(RequestSchema.safeParse(draft).success).toBe(false);
    const named = RequestSchema.parse({ ...draft, buyer: { organisation: 'City of Lakeside', contact: '' }, procurement: { ...draft.procurement, title: 'Transit cameras' } });
    expect(requestChecklistProblems(named, checklist)).toEqual([]);
  });
});

describe('the request package (hrba.request)', () => {
  it('round-trips, and its hash is stable across key order and indentation but changes with any field', async () => {
    const request = makeRequest(ref);
    const text = serializeRequestFile(makeRequestFile(request, { name: 'hrba-tech', version: '0.1.0' }, '2026-03-01T10:00:00.000Z'));
    const restored = restoreRequestFile(text);
    if (!restored.ok) throw new Error(JSON.stringify(restored.problems));
    expect(restored.file.request).toEqual(request);
    const hash = await requestHash(request);
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = JSON.parse(JSON.stringify({ ...request, items: request.items, id: request.id }));
    expect(await requestHash(RequestSchema.parse(reordered))).toBe(hash);
    expect(await requestHash({ ...request, deadline: '2026-04-16' })).not.toBe(hash);
    expect(await requestHash({ ...request, dealBreakers: { ...request.dealBreakers, 'DEP-03': { note: '' } } })).not.toBe(hash);
  });

  it('refuses another kind, another format version and a broken request with a path', () => {
    const file = makeRequestFile(makeRequest(ref), { name: 'hrba-tech', version: '0.1.0' }, '2026-03-01T10:00:00.000Z');
    const text = (over: object) => JSON.stringify({ ...file, ...over });
    expect(restoreRequestFile(text({ kind: 'hrba.assessment' }))).toEqual({ ok: false, problems: [{ path: 'kind', code: 'kind-unknown', values: { found: 'hrba.assessment', expected: ['hrba.request'] } }] });
    expect(restoreRequestFile(text({ formatVersion: 3 }))).toMatchObject({ ok: false, problems: [{ path: 'formatVersion' }] });
    expect(restoreRequestFile(text({ request: { ...file.request, items: ['CON-4', 'CON-04'] } }))).toEqual({ ok: false, problems: [{ path: 'request.items[0]', code: 'looks-like', values: { example: 'CON-01' } }] });
    expect(restoreRequestFile('[' .repeat(40) + ']'.repeat(40))).toMatchObject({ ok: false });
  });
});
