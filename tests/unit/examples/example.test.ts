import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistRefProblem, deriveFindings, resolveChecklist, restoreHrbaFile, serializeHrbaFile, STAGES } from '../../../src/domain';
import { EXAMPLE_FILE, bundledChecklist } from '../helpers/bundled';
import { englishProblemText } from '../../../src/words/problems';

const REGENERATE = 'regenerate it with `npx tsx scripts/make-example.ts`';

describe('examples/kestrel-insight.hrba.json', () => {
  it('restores, names the bundled checklist with the same content, and is stored in canonical form', async () => {
    const text = readFileSync(EXAMPLE_FILE, 'utf8');
    const restored = restoreHrbaFile(text);
    if (!restored.ok) throw new Error(restored.problems.map((p) => englishProblemText(p)).join('\n'));
    const { ref } = await bundledChecklist();
    expect(checklistRefProblem(restored.file.checklist, [ref]), REGENERATE).toBeNull();
    expect(serializeHrbaFile(restored.file)).toBe(text);
  });

  it('answers every applicable item, with notes, and only those', async () => {
    const restored = restoreHrbaFile(readFileSync(EXAMPLE_FILE, 'utf8'));
    if (!restored.ok) throw new Error('invalid');
    const a = restored.file.assessment;
    const resolved = resolveChecklist((await bundledChecklist()).checklist, a.triage);
    const applicable = STAGES.flatMap((s) => resolved.applicable[s]);
    expect(applicable.length).toBeGreaterThan(50);
    for (const item of applicable) {
      expect(a.answers[item.id]?.status, item.id).toBeTruthy();
      expect(a.answers[item.id]!.notes.length, `${item.id} notes`).toBeGreaterThan(60);
    }
    expect(Object.keys(a.answers).sort()).toEqual(applicable.map((i) => i.id).sort());
    expect(new Set(Object.values(a.answers).map((x) => x.notes)).size).toBe(applicable.length);
    expect(Object.values(a.answers).filter((x) => x.evidence.length > 0).length).toBeGreaterThan(10);
    expect(new Set(Object.values(a.answers).map((x) => x.status))).toEqual(new Set(['yes', 'partial', 'no', 'unknown', 'not-applicable']));
  });

  it('has rated findings, a dated action plan, trade-offs, stakeholders, benefits and an assessor', async () => {
    const restored = restoreHrbaFile(readFileSync(EXAMPLE_FILE, 'utf8'));
    if (!restored.ok) throw new Error('invalid');
    const a = restored.file.assessment;
    const findings = deriveFindings(a, resolveChecklist((await bundledChecklist()).checklist, a.triage));
    expect(findings.length).toBeGreaterThanOrEqual(8);
    expect(findings.length).toBeLessThanOrEqual(15);
    for (const f of findings) {
      expect(f.stored, f.key).toBe(true);
      expect([f.severity.scale, f.severity.scope, f.severity.irremediability, f.likelihood, f.involvement], f.key).not.toContain(null);
    }
    expect(new Set(findings.map((f) => f.status))).toEqual(new Set(['open', 'mitigating', 'resolved', 'accepted']));
    expect(findings.some((f) => f.redFlag)).toBe(true);
    expect(a.actions.length).toBeGreaterThanOrEqual(10);
    for (const action of a.actions) expect(action.owner && action.dueDate, action.id).toBeTruthy();
    const today = '2026-11-22';
    expect(a.actions.filter((x) => x.dueDate < today && (x.status === 'planned' || x.status === 'in-progress')).length).toBeGreaterThan(0);
    expect(a.actions.filter((x) => x.status === 'done' && x.completionEvidence).length).toBeGreaterThan(0);
    expect(a.tradeoffs.length).toBeGreaterThanOrEqual(2);
    expect(a.stakeholders.length).toBeGreaterThanOrEqual(3);
    expect(a.benefits.length).toBeGreaterThanOrEqual(2);
    expect(a.subject.assessor).not.toBe('');
    const text = JSON.stringify(a);
    for (const name of ['Łódź', 'Αθήνα', 'Москва']) expect(text).toContain(name);
  });
});
