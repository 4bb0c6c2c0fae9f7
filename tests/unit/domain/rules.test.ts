import { describe, expect, it } from 'vitest';
import { evaluateRule, ruleReferences, RuleSchema, type Rule, type RuleContext, type TriageAnswers } from '../../../src/domain';

const ctx = (triage: TriageAnswers, modules: string[] = []): RuleContext => ({ triage, activeModules: new Set(modules) });

describe('evaluateRule leaves', () => {
  it('`is` matches a single-choice answer exactly', () => {
    const rule: Rule = { answer: 'role', is: 'buyer' };
    expect(evaluateRule(rule, ctx({ role: 'buyer' }))).toBe(true);
    expect(evaluateRule(rule, ctx({ role: 'builder' }))).toBe(false);
  });

  it('`is` compares booleans by type: true is not the string "true"', () => {
    expect(evaluateRule({ answer: 'emergency', is: true }, ctx({ emergency: true }))).toBe(true);
    expect(evaluateRule({ answer: 'emergency', is: true }, ctx({ emergency: false }))).toBe(false);
    expect(evaluateRule({ answer: 'emergency', is: true }, ctx({ emergency: 'true' }))).toBe(false);
  });

  it('`includesAny` is true when at least one chosen option is listed', () => {
    const rule: Rule = { answer: 'tech', includesAny: ['ai', 'biometrics'] };
    expect(evaluateRule(rule, ctx({ tech: ['other', 'biometrics'] }))).toBe(true);
    expect(evaluateRule(rule, ctx({ tech: ['other'] }))).toBe(false);
    expect(evaluateRule(rule, ctx({ tech: [] }))).toBe(false);
  });

  it('`includesAny` treats a single string answer as a one-option choice', () => {
    expect(evaluateRule({ answer: 'role', includesAny: ['buyer', 'auditor'] }, ctx({ role: 'auditor' }))).toBe(true);
  });

  it('an unanswered question satisfies no leaf', () => {
    expect(evaluateRule({ answer: 'role', is: 'buyer' }, ctx({}))).toBe(false);
    expect(evaluateRule({ answer: 'tech', includesAny: ['ai'] }, ctx({ role: 'buyer' }))).toBe(false);
  });

  it('`module` reads the active module set', () => {
    expect(evaluateRule({ module: 'ai' }, ctx({}, ['ai']))).toBe(true);
    expect(evaluateRule({ module: 'ai' }, ctx({}, ['health']))).toBe(false);
  });
});

describe('evaluateRule combinators', () => {
  const yes: Rule = { answer: 'x', is: 'y' };
  const no: Rule = { answer: 'x', is: 'n' };
  const c = ctx({ x: 'y' });

  it('`all` needs every branch', () => {
    expect(evaluateRule({ all: [yes, yes] }, c)).toBe(true);
    expect(evaluateRule({ all: [yes, no] }, c)).toBe(false);
  });

  it('`any` needs one branch', () => {
    expect(evaluateRule({ any: [no, yes] }, c)).toBe(true);
    expect(evaluateRule({ any: [no, no] }, c)).toBe(false);
  });

  it('`not` inverts, and nests', () => {
    expect(evaluateRule({ not: no }, c)).toBe(true);
    expect(evaluateRule({ not: { not: yes } }, c)).toBe(true);
    expect(evaluateRule({ all: [yes, { not: { any: [no, yes] } }] }, c)).toBe(false);
  });
});

describe('ruleReferences', () => {
  it('collects every question with its compared values and every module, through nesting', () => {
    const rule: Rule = {
      all: [
        { answer: 'role', is: 'buyer' },
        { not: { any: [{ module: 'ai' }, { answer: 'tech', includesAny: ['a', 'b'] }] } },
        { answer: 'emergency', is: false },
      ],
    };
    expect(ruleReferences(rule)).toEqual({
      answers: [
        { question: 'role', values: ['buyer'] },
        { question: 'tech', values: ['a', 'b'] },
        { question: 'emergency', values: [false] },
      ],
      modules: ['ai'],
    });
  });
});

describe('RuleSchema', () => {
  it('accepts a nested rule', () => {
    expect(RuleSchema.safeParse({ any: [{ not: { module: 'ai' } }, { answer: 'q', includesAny: ['a'] }] }).success).toBe(true);
  });

  it.each([
    ['an empty all', { all: [] }],
    ['an empty includesAny', { answer: 'q', includesAny: [] }],
    ['a leaf mixing is and includesAny', { answer: 'q', is: 'a', includesAny: ['a'] }],
    ['an unknown operator', { some: [{ module: 'ai' }] }],
    ['a numeric comparison', { answer: 'q', is: 3 }],
  ])('rejects %s', (_name, rule) => {
    expect(RuleSchema.safeParse(rule).success).toBe(false);
  });
});
