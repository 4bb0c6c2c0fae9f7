import { describe, expect, it } from 'vitest';
import { AssessmentSchema, checklistMismatches, makeHrbaFile, restoreHrbaFile, type Assessment } from '../../../src/domain';
import { makeAssessment, T1 } from '../helpers/assessment';
import { miniChecklist } from '../helpers/checklist';

const generator = { name: 'hrba-tech', version: '0.1.0' };
const action = (id: string, description = 'Fix it') => ({ id, description, findingKeys: [] });
const problemsFor = (patch: (a: Record<string, unknown>) => void) => {
  const file = JSON.parse(JSON.stringify(makeHrbaFile(makeAssessment(), generator, T1))) as { assessment: Record<string, unknown> };
  patch(file.assessment);
  const result = restoreHrbaFile(JSON.stringify(file));
  return result.ok ? [] : result.problems;
};
const subject = (patch: Record<string, string>) => (a: Record<string, unknown>) => {
  a.subject = { ...(a.subject as object), ...patch };
};

describe('names that cannot lie', () => {
  it.each([
    ['U+202E right-to-left override', 'Kestrel Insight Invoice \u202Efdp.exe', 'U+202E'],
    ['U+2066 left-to-right isolate', 'Kestrel \u2066x\u2069', 'U+2066'],
    ['U+202A embedding', '\u202AKestrel', 'U+202A'],
  ])('refuses a name with a %s, naming the character', (_, productName, code) => {
    expect(problemsFor(subject({ productName }))).toEqual([
      {
        path: 'assessment.subject.productName',
        code: 'text-direction-control',
        values: { char: code },
      },
    ]);
  });

  it('keeps right-to-left marks, which mixed Arabic or Hebrew text needs', () => {
    expect(problemsFor(subject({ productName: 'מערכת\u200F (v2)', organisation: 'شركة\u200E Acme' }))).toEqual([]);
  });

  it('refuses a name made only of zero-width characters as no name at all', () => {
    expect(problemsFor(subject({ productName: '\u200B\u200B\u200D\u2060' }))).toEqual([
      { path: 'assessment.subject.productName', code: 'text-invisible-only' },
    ]);
  });

  it('refuses invisible-only and control-character text in any free-text field', () => {
    const problems = problemsFor((a) => {
      a.answers = { 'CON-01': { status: 'no', notes: '\u200B\u00AD', evidence: [], answeredAt: T1 } };
      a.subject = { ...(a.subject as object), organisation: 'Acme\u001b[2J' };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'assessment.subject.organisation', code: 'text-control-character', values: { char: 'U+001B' } },
        { path: 'assessment.answers.CON-01.notes', code: 'text-invisible-only' },
      ]),
    );
  });
});

describe('evidence links are web addresses only', () => {
  const withUrl = (url: string) =>
    problemsFor((a) => {
      a.answers = { 'CON-01': { status: 'yes', evidence: [{ label: 'Policy', url }], answeredAt: T1 } };
    });

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['file:///etc/passwd'], ['JaVaScRiPt:alert(1)'], ['//evil.example/x'], ['https://']])(
    'refuses %s',
    (url) => {
      expect(withUrl(url)).toEqual([{ path: 'assessment.answers.CON-01.evidence[0].url', code: 'link-not-web' }]);
    },
  );

  it.each([['https://example.org/policy.pdf'], ['http://intranet.example/x?y=1'], ['']])('accepts %s', (url) => {
    expect(withUrl(url)).toEqual([]);
  });
});

describe('duplicate ids are refused, not merged on the first edit', () => {
  it('refuses two actions both A-01, saying where the first one is', () => {
    expect(problemsFor((a) => (a.actions = [action('A-01'), action('A-02'), action('A-01', 'Second')]))).toEqual([
      { path: 'assessment.actions[2].id', code: 'duplicate-id', values: { id: 'A-01', first: 0 } },
    ]);
  });

  it.each([
    ['tradeoffs', { id: 'T-1', between: 'privacy and safety' }, 'trade-off'],
    ['stakeholders', { id: 'S-1', who: 'Residents' }, 'stakeholder engagement'],
    ['benefits', { id: 'B-1', description: 'Faster service' }, 'benefit'],
  ])('refuses duplicate ids among %s', (list, entry, _noun) => {
    expect(problemsFor((a) => (a[list] = [entry, entry]))).toEqual([
      { path: `assessment.${list}[1].id`, code: 'duplicate-id', values: { id: entry.id, first: 0 } },
    ]);
  });
});

describe('checklistMismatches: nothing the checklist does not know', () => {
  const checklist = miniChecklist();
  const assessment = (patch: Partial<Assessment>): Assessment => AssessmentSchema.parse({ ...makeAssessment(), ...patch });
  const answer = { status: 'no' as const, notes: '', evidence: [], answeredAt: T1, answeredBy: '', review: null };
  const finding = { title: 'x', updatedAt: T1 };

  it('accepts an assessment that only names what the checklist has', () => {
    const a = assessment({
      answers: { 'CON-01': answer },
      findings: AssessmentSchema.shape.findings.parse({ 'CON-01': finding, 'F-1': finding }),
      triage: { role: 'builder', tech: ['ai'], emergency: false, where: 'Seoul' },
      actions: [{ ...action('A-01'), findingKeys: ['CON-01', 'DES-03', 'F-1'], owner: '', dueDate: '', status: 'planned', completionEvidence: '' }],
    });
    expect(checklistMismatches(a, checklist)).toEqual([]);
  });

  it('names answers and findings on questions that do not exist, which no report would show', () => {
    const a = assessment({ answers: { 'ZZZ-999': answer }, findings: AssessmentSchema.shape.findings.parse({ 'ZZZ-999': finding }) });
    expect(checklistMismatches(a, checklist)).toEqual([
      { path: 'answers.ZZZ-999', code: 'question-unknown', values: { id: 'ZZZ-999', checklist: 'mini 1.0.0' } },
      { path: 'findings.ZZZ-999', code: 'finding-on-unknown-question', values: { checklist: 'mini 1.0.0' } },
    ]);
  });

  it('names triage answers that would silently change which questions apply', () => {
    const a = assessment({ triage: { role: 'auditor', tech: ['ai', 'quantum'], emergency: 'yes', nosuch: true } });
    expect(checklistMismatches(a, checklist)).toEqual([
      { path: 'triage.role', code: 'profile-option-unknown', values: { value: 'auditor', options: ['builder', 'buyer'] } },
      { path: 'triage.tech', code: 'profile-option-unknown', values: { value: 'quantum', options: ['ai', 'other'] } },
      { path: 'triage.emergency', code: 'profile-wrong-type', values: { expected: 'boolean' } },
      { path: 'triage.nosuch', code: 'profile-question-unknown', values: { checklist: 'mini 1.0.0' } },
    ]);
  });

  it('names an action linked to a finding that does not exist', () => {
    const a = assessment({ actions: [{ ...action('A-01'), findingKeys: ['F-ghost'], owner: '', dueDate: '', status: 'planned', completionEvidence: '' }] });
    expect(checklistMismatches(a, checklist)).toEqual([
      { path: 'actions[0].findingKeys[0]', code: 'finding-unknown', values: { key: 'F-ghost' } },
    ]);
  });
});
