import { describe, expect, it } from 'vitest';
import { answerLanguages, applyChange, AssessmentChangeSchema, canonicalJson, countAnswerLanguages } from '../../../src/domain';
import { makeAssessment, T1 } from '../helpers/assessment';

const answer = (itemId: string, status: 'yes' | 'no') => ({ type: 'answer.set' as const, itemId, status, notes: '', evidence: [] });

const meta = { at: T1, by: 'Amina' };

describe('the language an answer was given in', () => {
  it('travels with answer.set, and changes nothing in the stored answer or the assessment', () => {
    const base = makeAssessment();
    const plain = applyChange(base, answer('CON-01', 'yes'), meta);
    const inFrench = applyChange(base, { ...answer('CON-01', 'yes'), language: 'fr' }, meta);
    expect(canonicalJson(inFrench)).toBe(canonicalJson(plain));
    expect(AssessmentChangeSchema.parse({ ...answer('CON-01', 'yes'), language: 'fr' })).toMatchObject({ language: 'fr' });
  });

  it('is a language code, nothing else', () => {
    for (const language of ['fr', 'es', 'ar', 'pt-BR']) expect(AssessmentChangeSchema.safeParse({ ...answer('CON-01', 'yes'), language }).success).toBe(true);
    for (const language of ['French', 'FR', '', 'fr_FR', 'x'.repeat(4)]) expect(AssessmentChangeSchema.safeParse({ ...answer('CON-01', 'yes'), language }).success).toBe(false);
  });

  it('is read from the trail: the last answer of each item names it, older answers count as not recorded', () => {
    const trail = [
      { change: { type: 'answer.set', itemId: 'CON-01', language: 'en' } },
      { change: { type: 'answer.set', itemId: 'CON-02' } },
      { change: { type: 'triage.set', triage: {} } },
      { change: { type: 'answer.set', itemId: 'CON-01', language: 'fr' } },
      { change: { type: 'answer.set', itemId: 'CON-03', language: 'fr' } },
      { change: { type: 'answer.set', itemId: 'DES-01', language: 'ar' } },
    ];
    const languages = answerLanguages(trail);
    expect(Object.fromEntries(languages)).toEqual({ 'CON-01': 'fr', 'CON-02': null, 'CON-03': 'fr', 'DES-01': 'ar' });
    // Only the items asked about (those answered now), most answers first.
    expect(countAnswerLanguages(languages, ['CON-01', 'CON-02', 'CON-03', 'OPS-09'])).toEqual([
      { language: 'fr', count: 2 },
      { language: null, count: 1 },
    ]);
  });
});
