import { describe, expect, it } from 'vitest';
import { assessmentKind, modeOf, offeredPurposes, PURPOSE_ROLES, PURPOSES, purposeOf, triageForPurpose } from '../../../src/domain';
import { loadChecklist } from '../../../src/app/checklistCatalog';

const { checklist } = await loadChecklist();

describe('the purpose chosen at setup', () => {
  it('offers only purposes that do something, each fixing both the mode and the perspective', () => {
    expect(offeredPurposes(null)).toEqual(['own-product', 'buying', 'independent-review']);
    for (const purpose of PURPOSES) {
      expect(modeOf(purpose)).toBe('self');
      const triage = triageForPurpose({ role: 'builder', technology: ['biometrics'] }, purpose, checklist);
      expect(triage).toEqual({ role: PURPOSE_ROLES[purpose], technology: ['biometrics'] });
      // Read back, the pair is the purpose again: no contradictory mode and perspective can be stored.
      expect(purposeOf(modeOf(purpose), triage, checklist)).toBe(purpose);
    }
  });

  it('keeps a mode it no longer offers, and then leaves the respondent’s profile alone', () => {
    expect(offeredPurposes('audit')).toEqual(['audit', 'own-product', 'buying', 'independent-review']);
    expect(purposeOf('audit', { role: 'builder' }, checklist)).toBe('audit');
    const respondents = { role: 'builder' };
    expect(triageForPurpose(respondents, 'audit', checklist)).toBe(respondents);
    expect(modeOf('vendor-response')).toBe('vendor-response');
  });

  it('has no purpose for a self-assessment whose perspective is not answered yet', () => {
    expect(purposeOf('self', {}, checklist)).toBeNull();
  });
});

describe('what a report says about who answered', () => {
  it('names a buyer’s own answers as the buyer’s, never as a vendor questionnaire', () => {
    expect(assessmentKind('self', { role: 'buyer' }, checklist)).toBe('buying');
    expect(assessmentKind('procurement-request', { role: 'buyer' }, checklist)).toBe('buying');
    expect(assessmentKind('procurement-request', {}, checklist)).toBe('buying');
  });

  it('follows the mode for audits and vendor responses, and the perspective for self-assessments', () => {
    expect(assessmentKind('audit', { role: 'builder' }, checklist)).toBe('audit');
    expect(assessmentKind('vendor-response', { role: 'builder' }, checklist)).toBe('vendor-response');
    expect(assessmentKind('self', { role: 'builder' }, checklist)).toBe('own-product');
    expect(assessmentKind('self', { role: 'auditor' }, checklist)).toBe('independent-review');
    expect(assessmentKind('self', {}, checklist)).toBe('self');
  });
});

describe('the report cover', () => {
  it('says a buyer who answered every question made a buyer’s assessment, whatever mode an older file stored', async () => {
    const { buildFullReport } = await import('../../../src/domain/report/fullReport');
    const { bundledChecklist, exampleAssessment } = await import('../helpers/bundled');
    const { checklist, registry } = await bundledChecklist();
    const example = exampleAssessment();
    const asBuyer = { ...example, mode: 'procurement-request' as const, triage: { ...example.triage, role: 'buyer' } };
    const report = await buildFullReport(asBuyer, checklist, registry, new Date('2026-11-22T10:00:00Z'));
    expect(report.meta.mode).toBe('buying');
    expect(JSON.stringify(report)).not.toContain('vendor questionnaire');
  });
});
