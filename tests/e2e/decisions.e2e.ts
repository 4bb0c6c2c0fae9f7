import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { foreignRequests, launchChromium, openApp, type AppSession } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, download, expectNoAxeViolations, submitProfile } from './support/app';
import { itemText, say } from './support/say';

/**
 * From answers to decisions: gaps in the checklist become findings, rated and
 * put in order; actions, trade-offs, stakeholders and benefits are recorded;
 * the dashboard shows the same figures. Every page passes axe.
 */
let browser: Browser;
let session: AppSession;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(foreignRequests(session)).toEqual([]);
  expect(session.problems).toEqual([]);
  await session.context.close();
});

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Assessment sections' }).getByRole('link', { name, exact: true });

async function rate(page: Page, levels: { scale: number; scope: number; irremediability: number; likelihood: number }) {
  for (const [legend, n] of [
    [/^Scale/, levels.scale],
    [/^Scope/, levels.scope],
    [/^Irremediability/, levels.irremediability],
    [/^Likelihood/, levels.likelihood],
  ] as const) {
    await page.getByRole('group', { name: legend }).getByRole('radio', { name: new RegExp(`^${n} `) }).check();
  }
  await page.getByRole('button', { name: 'Save finding' }).click();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
}

async function addAction(page: Page, action: { description: string; finding: RegExp; due: string; status: string }) {
  await page.getByRole('button', { name: 'Add an action' }).click();
  const form = page.getByRole('form', { name: 'New action' });
  await form.getByLabel('What will be done (required)').fill(action.description);
  await form.getByRole('group', { name: 'Findings it addresses' }).getByRole('checkbox', { name: action.finding }).check();
  await form.getByLabel('Owner', { exact: true }).fill('Head of product');
  await form.getByLabel('Due date', { exact: true }).fill(action.due);
  await form.getByLabel('Status', { exact: true }).selectOption({ label: action.status });
  await form.getByRole('button', { name: 'Save action' }).click();
  await page.getByRole('row').filter({ hasText: action.description }).waitFor();
}

async function tableCells(page: Page, name: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name }).getByRole('row');
  await rows.first().waitFor({ state: 'attached' });
  const out: string[][] = [];
  for (const row of (await rows.all()).slice(1)) out.push(await row.getByRole('cell').allTextContents());
  return out;
}

describe('findings, action plan, context and dashboard', () => {
  it('turns gaps into rated findings and tracked actions, and shows them on the dashboard', async () => {
    session = await openApp(browser);
    const { page } = session;
    await createAssessment(page, 'Kestrel Decisions', 'Kestrel Labs');
    await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
    await submitProfile(page);
    // CON-01 Partly, CON-02 No, CON-03 Yes, CON-04 No: CON-04's red flag is raised.
    const answered: string[] = [];
    for (const status of ['partial', 'no', 'yes', 'no'] as const) {
      answered.push(await answerCurrentItem(page, status, `Answered ${status} in the end-to-end test.`));
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    expect(answered).toEqual(['CON-01', 'CON-02', 'CON-03', 'CON-04']);

    // Findings: the red flag first, then the others in walk order until rated.
    await section(page, 'Findings').click();
    const findings = page.getByRole('table', { name: 'Findings in priority order' });
    await findings.waitFor();
    // The Source column (the last but one: quick rating comes last).
    const sources = await findings.getByRole('row').evaluateAll((rows) => rows.slice(1).map((r) => r.children[5]?.textContent ?? ''));
    expect(sources.map((s) => s.split(',')[0])).toEqual(['CON-04', 'CON-01', 'CON-02']);
    expect(await findings.getByRole('row').nth(1).textContent()).toContain('Red flag');
    await expectNoAxeViolations(page, 'findings list');

    // CON-04's finding is titled with the gap it names (its gapTitle), not with the question.
    await findings.getByRole('link', { name: 'Core function may be mass surveillance or covert spyware' }).click();
    await page.getByRole('heading', { level: 2, name: 'Core function may be mass surveillance or covert spyware' }).waitFor();
    await rate(page, { scale: 4, scope: 3, irremediability: 4, likelihood: 2 });
    await page.getByRole('group', { name: 'Status' }).getByLabel('Accepted (with rationale)').check();
    await page.getByRole('button', { name: 'Save finding' }).click();
    await page.getByText('say why the risk is accepted').waitFor();
    await expectNoAxeViolations(page, 'finding editor with a validation error');
    await page.getByRole('group', { name: 'Status' }).getByLabel('Being mitigated').check();
    await page.getByRole('button', { name: 'Save finding' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();

    await page.getByRole('complementary').getByRole('link', { name: 'No human rights due diligence from conception, with a named owner' }).click();
    await page.getByRole('heading', { level: 2, name: 'No human rights due diligence from conception, with a named owner' }).waitFor();
    await rate(page, { scale: 3, scope: 3, irremediability: 3, likelihood: 3 });

    await page.getByRole('link', { name: 'Back to all findings' }).click();
    await page.getByRole('link', { name: 'Add a finding of your own' }).click();
    await page.getByLabel('Title (required)').fill('Contractors can export raw location data');
    await page.getByLabel('What was found').fill('Found in the March access review.');
    await page.getByRole('button', { name: 'Save finding' }).click();
    await page.getByRole('heading', { level: 2, name: 'Contractors can export raw location data' }).waitFor();

    // Action plan: one overdue, one not.
    await section(page, 'Action plan').click();
    await addAction(page, { description: 'Remove covert tracking from the roadmap', finding: /^CON-04: /, due: '2020-01-15', status: 'In progress' });
    await addAction(page, { description: 'Name a due-diligence owner', finding: /^CON-02: /, due: '2099-12-31', status: 'Planned' });
    const overdueRow = page.getByRole('row').filter({ hasText: 'Remove covert tracking' });
    expect(await overdueRow.textContent()).toContain('Overdue');
    expect(await page.getByRole('row').filter({ hasText: 'Name a due-diligence owner' }).textContent()).not.toContain('Overdue');
    await page.getByText('1 action is overdue.').waitFor();
    const { download: csv, bytes } = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(csv.suggestedFilename()).toMatch(/^Kestrel-Decisions-actions-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Action,Findings,Owner,Due date,Status,Overdue,Completion evidence');
    expect(lines[1]).toMatch(/^Remove covert tracking from the roadmap,CON-04: Core function may be mass surveillance or covert spyware,Head of product,2020-01-15,In progress,yes,$/);
    // In French, the same plan exports with French headings, statuses and yes/no; the due date stays ISO, and what people typed stays as typed.
    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    const french = (await download(page, () => page.getByRole('button', { name: say('fr', 'Export CSV') }).click())).bytes.toString('utf8').slice(1).split('\r\n');
    expect(french[0]).toBe('Action,Constats,Responsable,Échéance,Statut,En retard,Preuve de réalisation');
    // The finding is named as the French page names it, by the checklist translation's gap title.
    expect(french[1]).toBe(`Remove covert tracking from the roadmap,CON-04: ${itemText('fr', 'conception', 'CON-04', 'gapTitle')},Head of product,2020-01-15,En cours,oui,`);
    await page.getByLabel('Langue', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: /^Edit\s*action: Name a due-diligence owner/ }).click();
    await expectNoAxeViolations(page, 'action plan with the edit form open');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Context: a trade-off, a stakeholder and a benefit.
    await section(page, 'Context').click();
    await page.getByRole('button', { name: 'Add a trade-off' }).click();
    await page.getByLabel('Between what (required)').fill('Privacy of users and fraud prevention');
    await page.getByLabel('How it was resolved').fill('Only aggregates leave the device.');
    await page.getByRole('button', { name: 'Save trade-off' }).click();
    await page.getByRole('article', { name: 'Privacy of users and fraud prevention' }).waitFor();
    await page.getByRole('button', { name: 'Add a stakeholder' }).click();
    await page.getByLabel('Who was consulted (required)').fill('Disability rights organisation');
    await page.getByLabel('What changed as a result').fill('A screen-reader flow was added.');
    await page.getByRole('group', { name: 'Groups they speak for' }).getByLabel('Persons with disabilities').check();
    await page.getByRole('button', { name: 'Save stakeholder' }).click();
    await page.getByRole('article', { name: 'Disability rights organisation' }).waitFor();
    await page.getByRole('button', { name: 'Add a benefit' }).click();
    await page.getByLabel('The benefit (required)').fill('Faster access to public services for rural users');
    await page.getByRole('group', { name: 'Who benefits' }).getByLabel('Rural communities').check();
    await expectNoAxeViolations(page, 'context with a form open');
    await page.getByRole('button', { name: 'Save benefit' }).click();
    await page.getByRole('article', { name: 'Faster access to public services for rural users' }).waitFor();
    await expectNoAxeViolations(page, 'context');

    // Dashboard: the heat map counts and the top risks, before and after a reload.
    await section(page, 'Dashboard').click();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    for (const pass of ['first visit', 'after a reload']) {
      if (pass === 'after a reload') {
        await page.reload();
        await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
      }
      // Rows: severity 4 (top) to 1; columns: likelihood 1 to 4.
      expect(await tableCells(page, 'Findings by severity and likelihood'), pass).toEqual([
        ['0', '1, 1 red flag', '0', '0'],
        ['0', '0', '1', '0'],
        ['0', '0', '0', '0'],
        ['0', '0', '0', '0'],
      ]);
      const top = page.getByRole('region', { name: 'Top salient risks' }).getByRole('link');
      const topTitles = await top.allTextContents();
      expect(topTitles[0], pass).toBe('Core function may be mass surveillance or covert spyware');
      expect(topTitles[1], pass).toBe('No human rights due diligence from conception, with a named owner');
      // Only the two rated findings are ranked; the unrated ones wait for a rating.
      expect(topTitles, pass).toHaveLength(2);
      expect(await tableCells(page, 'Actions by status'), pass).toEqual([['1'], ['1'], ['0'], ['0'], ['1']]);
      expect(await page.getByRole('list', { name: '1 open red flag' }).getByRole('listitem').count(), pass).toBe(1);
    }
    expect((await tableCells(page, 'Completion by stage'))[0]![0]).toBe('4');
    await expectNoAxeViolations(page, 'dashboard');

    // A top risk links to its finding, which still holds its rating.
    await page.getByRole('region', { name: 'Top salient risks' }).getByRole('link', { name: /^Core function/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Core function/ }).waitFor();
    expect(await page.getByRole('group', { name: /^Scale/ }).getByRole('radio', { name: /^4 / }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Status' }).getByLabel('Being mitigated').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'finding editor');
  });
});
