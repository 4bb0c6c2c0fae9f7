import { describe, expect, it } from 'vitest';
import {
  applyChange,
  checklistRefProblem,
  HRBA_FILE_MAX_BYTES,
  makeHrbaFile,
  restoreHrbaFile,
  serializeHrbaFile,
  type ChecklistRef,
} from '../../../src/domain';
import { answer, CHECKLIST_REF, makeAssessment, T1 } from '../helpers/assessment';

const generator = { name: 'hrba-tech', version: '0.1.0' };
const sample = () => makeHrbaFile(applyChange(makeAssessment(), answer('CON-01', 'partial', 'draft'), { at: T1, by: 'A' }), generator, T1);
const asText = (value: unknown) => JSON.stringify(value);
const problemOf = (text: string) => {
  const result = restoreHrbaFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
};

describe('serializeHrbaFile and restoreHrbaFile', () => {
  it('round-trips an assessment file exactly', () => {
    const file = sample();
    const result = restoreHrbaFile(serializeHrbaFile(file));
    expect(result).toMatchObject({ ok: true, file, fromVersion: 2 });
  });

  it('writes keys in canonical order, indented, with a final newline, so equal files are equal text', () => {
    const file = sample();
    const text = serializeHrbaFile(file);
    const reordered = Object.fromEntries(Object.entries(file).reverse()) as typeof file;
    expect(serializeHrbaFile(reordered)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "assessment": {');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(restoreHrbaFile(`\uFEFF${serializeHrbaFile(sample())}`).ok).toBe(true);
  });
});

describe('restoreHrbaFile refusals', () => {
  it('refuses an oversized file before parsing it', () => {
    const [problem] = problemOf('x'.repeat(HRBA_FILE_MAX_BYTES + 1));
    expect(problem).toEqual({ path: '', code: 'file-too-large', values: { megabytes: 25, max: 25 } });
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(problemOf('{"kind": ')[0]).toMatchObject({ path: '', code: 'file-not-json', values: { detail: expect.stringMatching(/JSON/) } });
  });

  it.each([['[]'], ['null'], ['"hrba"']])('refuses %s, which is not a JSON object', (text) => {
    expect(problemOf(text)).toEqual([{ path: '', code: 'file-not-object', values: { kind: 'hrba.assessment' } }]);
  });

  it('asks whether a file without a kind is an HRBA@Tech file at all', () => {
    expect(problemOf(asText({ formatVersion: 1 }))).toEqual([
      { path: 'kind', code: 'kind-missing', values: { expected: ['hrba.assessment'] } },
    ]);
  });

  it('names an unknown kind', () => {
    expect(problemOf(asText({ ...sample(), kind: 'hrba.audit' }))).toEqual([
      { path: 'kind', code: 'kind-unknown', values: { found: 'hrba.audit', expected: ['hrba.assessment'] } },
    ]);
  });

  it.each([['"1"'], ['1.5'], ['null']])('refuses formatVersion %s as not a whole number', (version) => {
    const text = asText(sample()).replace('"formatVersion":2', `"formatVersion":${version}`);
    expect(problemOf(text)).toEqual([{ path: 'formatVersion', code: 'version-not-whole' }]);
  });

  it('explains that a file from a newer version cannot be read', () => {
    expect(problemOf(asText({ ...sample(), formatVersion: 3 }))).toEqual([
      { path: 'formatVersion', code: 'version-newer', values: { found: 3, max: 2 } },
    ]);
  });

  it('points at a damaged answer by its full path', () => {
    const file = sample();
    const damaged = { ...file, assessment: { ...file.assessment, answers: { 'CON-01': { ...file.assessment.answers['CON-01'], status: 'maybe' } } } };
    expect(problemOf(asText(damaged)).map((p) => p.path)).toEqual(['assessment.answers.CON-01.status']);
  });

  it('refuses a file whose envelope names a different checklist from its assessment', () => {
    const file = sample();
    const other = { ...file, checklist: { ...file.checklist, version: '2.0.0' } };
    expect(problemOf(asText(other))).toEqual([
      { path: 'checklist', code: 'checklist-mismatch', values: { named: 'mini 2.0.0', used: 'mini 1.0.0' } },
    ]);
  });

  it('refuses unknown top-level fields rather than dropping them silently', () => {
    expect(problemOf(asText({ ...sample(), signature: 'x' }))[0]).toEqual({ path: '', code: 'unknown-keys', values: { keys: ['signature'] } });
  });
});

describe('checklistRefProblem', () => {
  const installed: ChecklistRef[] = [CHECKLIST_REF, { ...CHECKLIST_REF, version: '1.1.0', contentHash: `sha256:${'b'.repeat(64)}` }];

  it('accepts a checklist this installation has with identical content', () => {
    expect(checklistRefProblem(CHECKLIST_REF, installed)).toBeNull();
  });

  it('names a checklist the installation does not have', () => {
    expect(checklistRefProblem({ ...CHECKLIST_REF, id: 'other' }, installed)).toEqual({ code: 'checklist-unknown', values: { id: 'other' } });
  });

  it('lists the installed versions when the version differs', () => {
    expect(checklistRefProblem({ ...CHECKLIST_REF, version: '0.9.0' }, installed)).toEqual({
      code: 'checklist-version-unknown',
      values: { id: 'mini', version: '0.9.0', available: ['1.0.0', '1.1.0'] },
    });
  });

  it('warns that same-version content with another hash may have been edited', () => {
    const edited = { ...CHECKLIST_REF, contentHash: `sha256:${'c'.repeat(64)}` };
    expect(checklistRefProblem(edited, installed)).toEqual({
      code: 'checklist-content-differs',
      values: { id: 'mini', version: '1.0.0', hash: 'sha256:cccccccccccc…' },
    });
  });
});
