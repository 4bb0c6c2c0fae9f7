import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { buildDashboard, type Assessment, type FindingRecord, type HrbaPrinciple } from '../../src/domain';
import { intlFor } from '../../src/i18n/react';
import { HRBA_PRINCIPLE_MESSAGES, STAGE_MESSAGES } from '../../src/ui/common/codeWords';
import { openSection, resolvedFor, triagedAssessment } from './decisionsFixtures';

const AT = '2026-02-20T10:00:00.000Z';
const rated = (scale: number, scope: number, irremediability: number, likelihood: number, extra: Partial<FindingRecord> = {}) =>
  ({
    title: '',
    description: '',
    rights: [],
    groups: [],
    severity: { scale, scope, irremediability },
    likelihood,
    involvement: null,
    leverage: '',
    status: 'open',
    rationale: '',
    updatedAt: AT,
    ...extra,
  }) as FindingRecord;

async function ratedAssessment(): Promise<Assessment> {
  return triagedAssessment(
    { 'CON-01': 'partial', 'CON-02': 'no', 'CON-03': 'yes', 'CON-04': 'no', 'CON-05': 'unknown' },
    {
      findings: {
        'CON-02': rated(3, 3, 3, 3), // severity level 3, likelihood 3
        'CON-04': rated(4, 3, 4, 2), // level 4, likelihood 2; a red flag
        'CON-05': rated(2, 2, 2, 1, { status: 'resolved' }), // resolved: off the map
        'F-own': rated(1, 1, 2, 4, { title: 'Contractors can export raw data' }), // level 2 (the highest dimension), likelihood 4
      },
      actions: [
        { id: 'a1', findingKeys: ['CON-04'], description: 'Stop tracking', owner: '', dueDate: '2026-01-15', status: 'in-progress', completionEvidence: '' },
        { id: 'a2', findingKeys: [], description: 'Audit', owner: '', dueDate: '2026-01-01', status: 'done', completionEvidence: 'Report' },
        { id: 'a3', findingKeys: [], description: 'Publish aim', owner: '', dueDate: '2026-09-01', status: 'planned', completionEvidence: '' },
      ],
    },
  );
}

/** A table's body as { row header: [cell texts] }. */
function tableRows(name: string): Record<string, string[]> {
  const table = screen.getByRole('table', { name });
  return Object.fromEntries(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getAllByRole('cell').map((c) => c.textContent)]),
  );
}

describe('Dashboard', () => {
  it('shows the heat map counts of unresolved rated findings, as in the assessment', async () => {
    const assessment = await ratedAssessment();
    await openSection(assessment, 'dashboard');
    await screen.findByRole('heading', { name: 'Dashboard' });

    expect(tableRows('Findings by severity and likelihood')).toEqual({
      'Severity 4: Grave': ['0', '1, 1 red flag', '0', '0'],
      'Severity 3: Serious': ['0', '0', '1', '0'],
      'Severity 2: Moderate': ['0', '0', '0', '1'],
      'Severity 1: Minor': ['0', '0', '0', '0'],
    });
    expect(screen.getByText(/^Unresolved findings rated on both severity and likelihood: 3\./).textContent).toContain('Not yet rated, so not on the map: 1.');
  });

  it('shows completion by stage, actions by status and the top risks, matching the domain’s figures', async () => {
    const assessment = await ratedAssessment();
    await openSection(assessment, 'dashboard');
    await screen.findByRole('heading', { name: 'Dashboard' });
    const d = buildDashboard(assessment, await resolvedFor(assessment), '2026-03-01');

    const completion = tableRows('Completion by stage');
    expect(completion['Conception']).toEqual(['5', String(d.completion[0]!.applicable)]);
    const english = intlFor({ locale: 'en', messages: {} });
    for (const c of d.completion) expect(completion[english.formatMessage(STAGE_MESSAGES[c.stage])]).toEqual([String(c.answered), String(c.applicable)]);
    expect(tableRows('Actions by status')).toEqual({ Planned: ['1'], 'In progress': ['1'], Done: ['1'], Cancelled: ['0'], Overdue: ['1'] });
    const hrba = tableRows('Coverage by HRBA@Tech principle');
    for (const p of d.hrba) expect(hrba[english.formatMessage(HRBA_PRINCIPLE_MESSAGES[p.principle as HrbaPrinciple])]).toEqual([String(p.applicable), String(p.answered), String(p.met)]);

    const top = within(screen.getByRole('region', { name: 'Top salient risks' })).getByRole('list');
    const links = within(top).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual(
      // CON-01 ("Partly") has a finding but no rating: it is not ranked among risks.
      ['CON-04', 'CON-02', 'F-own'].map((k) => `/a/${assessment.id}/findings/${k}`),
    );
    expect(links.map((l) => l.textContent)).toEqual(d.topRisks.map((f) => f.title));
    const flags = screen.getByRole('list', { name: '1 open red flag' });
    expect(within(flags).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`CON-04 ${d.openRedFlags[0]!.title} · Severity 4 of 4 (Grave) · likelihood 2: Possible`]);
    // The red flags come first on the page, before every figure and chart.
    const region = screen.getByRole('region', { name: '1 open red flag' });
    expect(region.compareDocumentPosition(screen.getByRole('list', { name: 'Summary' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('gives every chart an accessible name and its figures as a table with headers', async () => {
    const assessment = await ratedAssessment();
    await openSection(assessment, 'dashboard');
    await screen.findByRole('heading', { name: 'Dashboard' });

    const charts = screen.getAllByRole('img');
    expect(charts.length).toBe(5);
    for (const chart of charts) {
      expect(chart.tagName.toLowerCase()).toBe('svg');
      expect(chart.getAttribute('aria-label')!.length).toBeGreaterThan(20);
      const card = chart.closest('section')!;
      const table = within(card).getByRole('table');
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      expect(within(table).getAllByRole('columnheader').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(within(table).getAllByRole('rowheader').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    }
    expect(charts.map((c) => c.closest('section')!.querySelector('h3')!.textContent)).toEqual([
      'Completion by stage',
      'Actions by status',
      'Severity and likelihood',
      'Coverage by HRBA@Tech principle',
      'Coverage by Privacy International principle',
    ]);
    // The counts are drawn in the cells too, so the map reads without colour.
    const heat = charts[2]!;
    const drawnCounts = [...heat.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => /^\d+$/.test(t));
    expect(drawnCounts.join('')).toBe('0100' + '0010' + '0001' + '0000');
    // Honest colours: only cells holding findings are painted; the red flag's cell says so in words.
    const painted = [...heat.querySelectorAll('rect.heat-cell')].map((r) => !r.classList.contains('empty'));
    expect(painted.filter(Boolean)).toHaveLength(3);
    expect(heat.querySelector('[data-cell="4-2"]')!.textContent).toBe('1⚑ 1 red flag');
    expect(heat.querySelector('[data-cell="4-4"] rect')!.classList.contains('empty')).toBe(true);
  });
});
