import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  AuditStatementFormSchema,
  checklistMismatches,
  formatZodIssues,
  openBackupText,
  restoreHrbaFileBytes,
  SelfSignedFormSchema,
  triageFormSchema,
  type Problem,
  type ProblemDetail,
} from '../../../src/domain';
import { DecisionSchema, RequestSchema, requestChecklistProblems, restoreRequestFile, restoreClarificationFile } from '../../../src/domain/procurement';
import { hostileCorpus } from '../../hostile/corpus';
import { bundledChecklistVersion, EXAMPLE_FILE } from '../helpers/bundled';
import { checklist11, makeRequest, requestInput } from '../procurement/fixtures';
import { switchLanguage, languageState } from '../../../src/i18n/language';
import { intlFor } from '../../../src/i18n/react';
import { problemText } from '../../../src/words/problems';

// The type says it first: a problem has no room for words.
// @ts-expect-error a Problem carries a code and values, never a message
const worded: Problem = { path: 'a', message: 'is wrong' };
void worded;

/** Three or more lowercase words in a row: the start of an English sentence. */
const SENTENCE = /\b[a-z]+ [a-z]+ [a-z]+\b/;

/** Values a problem may carry: numbers, codes, ids and names; `detail` alone is the browser's or JSON engine's own technical words. */
function englishInValues(problem: ProblemDetail): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries((problem.values ?? {}) as Record<string, unknown>)) {
    if (key === 'detail') continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      expect(['string', 'number'], `${problem.code}.${key}`).toContain(typeof v);
      if (typeof v === 'string' && SENTENCE.test(v)) found.push(`${problem.code}.${key}: ${v}`);
    }
  }
  return found;
}

async function collectProblems(): Promise<Problem[]> {
  const out: Problem[] = [];
  // Every refusal of the hostile corpus, as the import sees it (the checklist comparison included).
  const example = readFileSync(EXAMPLE_FILE, 'utf8');
  const { checklist } = await bundledChecklistVersion('1.0.0');
  for (const hostile of hostileCorpus(example)) {
    const restored = restoreHrbaFileBytes(hostile.bytes);
    if (!restored.ok) out.push(...restored.problems);
    else out.push(...checklistMismatches(restored.file.assessment, checklist));
  }
  // Backups, requests, decisions, clarifications and the forms a person fills in.
  for (const text of ['', '[1]', '{"kind":"hrba.assessment","formatVersion":1}', '{"kind":"hrba.backup","formatVersion":99}', '{"kind":"hrba.backup.encrypted"}']) {
    const opened = await openBackupText(text);
    if (!opened.ok) out.push(...opened.problems);
  }
  const { ref, checklist: c11 } = await checklist11();
  const badRequests = [
    requestInput(ref, { items: [], customQuestions: [], mandatory: [], dealBreakers: {} }),
    requestInput(ref, { items: ['CON-04', 'CON-04', 'CQ-02'], mandatory: ['OPS-01'], dealBreakers: { 'CON-04': { triggers: [] }, 'CQ-09': {} } }),
    requestInput(ref, { buyer: { organisation: '\u200B', contact: 'a\u0007' }, instructions: '\u202Ex', procurement: { title: '', reference: '', stage: 'x' as never } }),
  ];
  for (const input of badRequests) out.push(...formatZodIssues(RequestSchema.safeParse(input).error?.issues ?? []));
  out.push(...requestChecklistProblems(makeRequest(ref, { items: ['CON-99'], mandatory: [], dealBreakers: {}, profile: { mood: 'x' } }), c11));
  out.push(...(restoreRequestFile('{"kind":"hrba.assessment"}') as { problems: Problem[] }).problems);
  out.push(...(restoreRequestFile('{"kind":"hrba.request","formatVersion":"x"}') as { problems: Problem[] }).problems);
  out.push(...(restoreClarificationFile('{}') as { problems: Problem[] }).problems);
  out.push(...formatZodIssues(DecisionSchema.safeParse({ schemaVersion: 1, outcome: 'approve-with-conditions', vendor: null, rationale: ' ', conditions: [], acceptedRedFlags: ['x', 'x'] }).error?.issues ?? []));
  out.push(...formatZodIssues(SelfSignedFormSchema.safeParse({ name: '', organisation: 'x'.repeat(65), email: 'zoë@x.org', algorithm: 'DSA' }).error?.issues ?? []));
  out.push(...formatZodIssues(AuditStatementFormSchema.safeParse({ opinion: 'adverse', basis: '' }).error?.issues ?? []));
  out.push(...formatZodIssues(triageFormSchema(checklist).safeParse({}).error?.issues ?? []));
  return out;
}

describe('problems are codes and values, never English sentences', () => {
  let problems: Problem[] = [];
  beforeAll(async () => {
    problems = await collectProblems();
    await switchLanguage('fr', false);
  });
  afterAll(() => switchLanguage('en', false));

  it('gathers a wide sample of refusals (the corpus, packages, backups and forms)', () => {
    expect(problems.length).toBeGreaterThan(60);
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(35);
  });

  it('carries a path, a code and values only: no message field, no English in the values', () => {
    for (const p of problems) {
      expect(Object.keys(p).filter((k) => !['path', 'code', 'values'].includes(k)), p.code).toEqual([]);
      expect(typeof p.path).toBe('string');
      expect(p.path, p.code).not.toMatch(/^\(|\s/);
    }
    expect(problems.flatMap(englishInValues)).toEqual([]);
  });

  it('has words for every code it reports, which the French catalogue translates', () => {
    const english = intlFor({ locale: 'en', messages: {} });
    const french = intlFor(languageState());
    expect(languageState().locale).toBe('fr');
    const untranslated = problems.filter((p) => {
      const en = problemText(english, p);
      return en === '' || problemText(french, p) === en;
    });
    expect(untranslated.map((p) => p.code)).toEqual([]);
  });
});
