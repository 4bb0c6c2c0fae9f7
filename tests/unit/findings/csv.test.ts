import { describe, expect, it } from 'vitest';
import { ACTION_CSV_COLUMNS, actionsCsv, csvCell, isOverdue, toCsv, ActionSchema, type ActionsCsvWords, type Finding } from '../../../src/domain';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { intlFor } from '../../../src/i18n/react';
import { actionsCsvWords } from '../../../src/ui/actions/exportActionsCsv';

describe('CSV (RFC 4180, spreadsheet-safe)', () => {
  it('leaves plain cells alone', () => {
    expect(csvCell('Owner')).toBe('Owner');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes or line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('neutralises formulas behind leading white space or line breaks, and full-width signs', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u00A0\u3000+1')).toBe("'\u00A0\u3000+1");
    expect(csvCell('\n=cmd|x')).toBe(`"'\n=cmd|x"`);
    expect(csvCell('\r@SUM(A1)')).toBe(`"'\r@SUM(A1)"`);
    expect(csvCell('\uFF1DHYPERLINK("x")')).toBe(`"'\uFF1DHYPERLINK(""x"")"`);
    for (const sign of ['\uFF0B', '\uFF0D', '\uFF20']) expect(csvCell(`${sign}1`)).toBe(`'${sign}1`);
    // Invisible direction marks (a right-to-left heading isolating a name) do not hide a formula.
    expect(csvCell('\u2068=1+1\u2069: answer')).toBe("'\u2068=1+1\u2069: answer");
    expect(csvCell('\u200F@SUM(A1)')).toBe("'\u200F@SUM(A1)");
    expect(csvCell('Plan = policy')).toBe('Plan = policy');
  });

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv(['A', 'B'], [['Łódź', 'Москва']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('A,B\r\nŁódź,Москва\r\n');
  });
});

describe('action plan export', () => {
  const finding = { key: 'DEP-01', title: 'No impact assessment, before launch' } as Finding;
  const action = (over: object) => ActionSchema.parse({ id: 'a1', description: 'Run an impact assessment', ...over });

  it('marks overdue only actions past their date that are neither done nor cancelled', () => {
    expect(isOverdue(action({ dueDate: '2026-11-21' }), '2026-11-22')).toBe(true);
    expect(isOverdue(action({ dueDate: '2026-11-22' }), '2026-11-22')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-01-01', status: 'done' }), '2026-11-22')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-01-01', status: 'cancelled' }), '2026-11-22')).toBe(false);
    expect(isOverdue(action({ dueDate: '' }), '2026-11-22')).toBe(false);
  });

  it('writes one row per action with the linked finding titles and the overdue flag, in the words it is given', () => {
    // Codes stand for words here: the domain holds none; it places what the caller says.
    const words: ActionsCsvWords = {
      columns: Object.fromEntries(ACTION_CSV_COLUMNS.map((c) => [c, `<${c}>`])) as ActionsCsvWords['columns'],
      status: { planned: '<planned>', 'in-progress': '<in-progress>', done: '<done>', cancelled: '<cancelled>' },
      yes: '<yes>',
      no: '<no>',
    };
    const csv = actionsCsv([action({ findingKeys: ['DEP-01'], owner: 'Ana', dueDate: '2026-01-31', status: 'in-progress' })], [finding], '2026-11-22', words);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('<action>,<findings>,<owner>,<dueDate>,<status>,<overdue>,<completionEvidence>');
    expect(lines[1]).toBe('Run an impact assessment,"DEP-01: No impact assessment, before launch",Ana,2026-01-31,<in-progress>,<yes>,');
    expect(lines).toHaveLength(3);
  });

  it('speaks English, or French with French headings, statuses and yes/no, dates kept ISO', async () => {
    const plan = [
      action({ findingKeys: ['DEP-01'], owner: 'Ana', dueDate: '2026-01-31', status: 'in-progress' }),
      action({ id: 'a2', description: '=cmd|x', dueDate: '2099-12-31', status: 'planned' }),
    ];
    const english = actionsCsv(plan, [finding], '2026-11-22', actionsCsvWords(intlFor({ locale: 'en', messages: {} }))).slice(1).split('\r\n');
    expect(english[0]).toBe('Action,Findings,Owner,Due date,Status,Overdue,Completion evidence');
    expect(english[1]).toBe('Run an impact assessment,"DEP-01: No impact assessment, before launch",Ana,2026-01-31,In progress,yes,');
    const french = actionsCsv(plan, [{ key: 'DEP-01', title: 'Pas d’étude d’impact, avant le lancement' }], '2026-11-22', actionsCsvWords(intlFor({ locale: 'fr', messages: await loadCatalogue('fr') })));
    const [bom, ...rest] = [french.slice(0, 1), french.slice(1)];
    expect(bom).toBe('\uFEFF');
    const lines = rest[0]!.split('\r\n');
    expect(lines[0]).toBe('Action,Constats,Responsable,Échéance,Statut,En retard,Preuve de réalisation');
    expect(lines[1]).toBe('Run an impact assessment,"DEP-01: Pas d’étude d’impact, avant le lancement",Ana,2026-01-31,En cours,oui,');
    // The formula guard holds in every language.
    expect(lines[2]).toBe("'=cmd|x,,,2099-12-31,Prévue,non,");
  });
});
