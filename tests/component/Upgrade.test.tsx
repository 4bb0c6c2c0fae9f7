import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bundledVersions, loadChecklist } from '../../src/app/checklistCatalog';
import { checklistMismatches, diffChecklists, guidanceGroups, needsRereading, newAssessment, STAGES, resolveChecklist } from '../../src/domain';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { makeServices, renderWithServices, uuid } from './helpers';
import { switchLanguage } from '../../src/i18n/language';
import { say, type Language } from '../e2e/support/say';

/** An assessment of checklist 1.0.0 with its first applicable items answered Yes. */
async function oldAssessment() {
  const old = await loadChecklist('hrba-tech', '1.0.0');
  const triage = { role: 'builder', technology: ['ai-adm'], data: ['personal'], setting: [], affected: [], emergency: false, 'cross-border': false };
  const applicable = STAGES.flatMap((s) => resolveChecklist(old.checklist, triage).applicable[s]).slice(0, 6);
  const at = '2026-02-01T08:30:00.000Z';
  const base = newAssessment({ id: uuid(), at, mode: 'self', subject: { productName: 'Tutor', version: '1', organisation: 'Acme', description: '' }, checklist: old.ref });
  const answers = Object.fromEntries(applicable.map((i) => [i.id, { status: 'yes' as const, notes: `why ${i.id}`, evidence: [], answeredAt: at, answeredBy: '', review: null }]));
  return { old, answers, assessment: { ...base, triage, answers, progress: { stageReached: 'review' as const } } };
}

/** Every question of the checklist's translation into `language`, as its files have them. */
function translatedQuestions(language: Exclude<Language, 'en'>): Set<string> {
  const dir = join(process.cwd(), 'checklists/hrba-tech/translations', language, 'items');
  const all = readdirSync(dir).flatMap((f) => Object.values((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { items: Record<string, { question?: string }> }).items));
  return new Set(all.map((i) => i.question).filter((q): q is string => !!q));
}

afterEach(async () => {
  await switchLanguage('en', false);
});

/**
 * An assessment made with 1.0.0 keeps 1.0.0 until the person upgrades; the upgrade shows
 * what changes, carries answers whose meaning is unchanged and is logged as one change.
 * Expectations come from the domain's diff of the real bundled versions, not hard-coded.
 */
describe('Upgrade to the newest checklist version', () => {
  it('goes one version at a time to the newest, keeps answers whose meaning is unchanged, and records each step', async () => {
    const versions = bundledVersions('hrba-tech');
    const newestVersion = versions.at(-1)!;
    expect(versions.length).toBeGreaterThan(2);
    const { old, answers, assessment } = await oldAssessment();

    const services = makeServices();
    await services.assessments.create(assessment);
    const user = userEvent.setup();
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}`);
    // Each version's upgradeFrom describes only its predecessor, so the page takes them in turn.
    let from = old;
    for (const to of versions.slice(1)) {
      const next = await loadChecklist('hrba-tech', to);
      expect(await screen.findByText(new RegExp(`uses checklist version ${from.ref.version.replace(/\./g, '\\.')}; version ${newestVersion.replace(/\./g, '\\.')} is available`), {}, { timeout: 15_000 })).toBeTruthy();
      await user.click(screen.getByRole('link', { name: `See what changes and upgrade to ${to}` }));
      // The page lists every changed item of the real versions, a long table for jsdom to build.
      await screen.findByRole('heading', { name: `Upgrade from checklist ${from.ref.version} to ${to}` }, { timeout: 15_000 });

      const diff = diffChecklists(from.checklist, next.checklist);
      // The items to read again are rows of a table; guidance-only changes are grouped by what changed.
      const reread = diff.items.filter(needsRereading);
      if (reread.length > 0) {
        const table = screen.getByRole('table', { name: /^Items to read again/ });
        expect(within(table).getAllByRole('row')).toHaveLength(reread.length + 1);
      } else {
        expect(screen.queryByRole('table')).toBeNull();
        expect(screen.getByText(`No item is new or gone in version ${to}, and no question, meaning, applicability or red-flag rule changes: every answer keeps its meaning.`)).toBeTruthy();
      }
      const groups = guidanceGroups(diff.items);
      const guided = groups.reduce((n, g) => n + g.ids.length, 0);
      const section = screen.getByRole('heading', { name: `Guidance only: answers keep their meaning (${guided} items)` }).closest('section')!;
      expect(within(section).getAllByRole('group')).toHaveLength(groups.length);
      if (to === '1.2.0') {
        // 1.2.0 added gap titles: no item to read again, two folded lines instead of 104 rows.
        expect(reread).toEqual([]);
        expect(within(section).getByText('Gap title added (103 items)')).toBeTruthy();
        expect(within(section).getByText('Gap title changed (1 item)')).toBeTruthy();
      }

      await user.click(screen.getByRole('button', { name: `Upgrade to ${to}` }));
      await waitFor(async () => expect((await services.assessments.get(assessment.id)).checklist).toEqual(next.ref));
      const stored = await services.assessments.get(assessment.id);
      const kept = diff.items.filter((r) => (r.change === 'unchanged' || r.change === 'guidance' || r.change === 'reworded') && answers[r.id]);
      expect(kept.length).toBeGreaterThan(0);
      for (const r of kept) expect(stored.answers[r.id], r.id).toEqual(answers[r.id]);
      // What is stored is a valid assessment of the new version: it exports and imports again.
      expect(checklistMismatches(stored, next.checklist)).toEqual([]);
      const log = await services.assessments.trail(assessment.id);
      expect(log.at(-1)?.change).toMatchObject({ type: 'checklist.upgrade', from: from.ref, to: next.ref });
      from = next;
    }
    // The notice is gone: the assessment now uses the newest version.
    // The header names the checklist (its title marked with the language it is shown in) and its version.
    const header = new RegExp(`HRBA@Tech due-diligence checklist ${newestVersion.replace(/\./g, '\\.')}`);
    await screen.findByText((_, element) => element?.tagName === 'P' && header.test(element.textContent ?? ''));
    expect(screen.queryByText(/uses checklist version/)).toBeNull();
  }, 120_000);

  it.each<Exclude<Language, 'en'>>(['fr', 'ar'])('speaks %s: the plan’s sentences and plurals, the table’s words, and the questions in the checklist’s translation or marked English', async (language) => {
    await switchLanguage(language, false);
    const t = (english: string, values?: Record<string, string | number>, description?: string) => say(language, english, values, description);
    const { assessment } = await oldAssessment();
    const services = makeServices();
    await services.assessments.create(assessment);
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}/upgrade`);
    await screen.findByRole('heading', { name: t('Upgrade from checklist {from} to {to}', { from: '1.0.0', to: '1.1.0' }) }, { timeout: 15_000 });

    const next = await loadChecklist('hrba-tech', '1.1.0');
    const diff = diffChecklists((await loadChecklist('hrba-tech', '1.0.0')).checklist, next.checklist);
    const reread = diff.items.filter(needsRereading);
    const table = screen.getByRole('table', { name: new RegExp(`\\(${reread.length}`) });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([t('Item', undefined, 'Checklist upgrade table: column of checklist items (id and question)'), t('What changed'), t('Your answer', undefined, 'Checklist upgrade table: column saying what happens to the answer')]);
    const outcomes = within(table).getAllByRole('row').slice(1).map((r) => r.lastElementChild!.textContent);
    const said = [
      'Your answer is kept',
      'Your answer moves to the item it was merged into',
      'Not moved: the item it was merged into already has an answer; check that one',
      'Answer again (your notes and evidence are kept)',
      'No longer asked; your answer stays in the change log',
      'No answer yet',
    ].map((english) => t(english));
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) expect(said).toContain(outcome);
    screen.getByRole('button', { name: t('Upgrade to {to}', { to: '1.1.0' }) });
    screen.getByRole('link', { name: t('Keep version {from}', { from: '1.0.0' }) });
    expect(document.body.textContent).not.toMatch(/Upgrade from checklist|Your answer is kept|No answer yet|What changed|answers are kept as they are/);

    // Each question in the table is the translation's where it is fresh, and marked English where it is not.
    const questions = translatedQuestions(language);
    await waitFor(() => {
      const shown = within(table).getAllByRole('rowheader').map((h) => h.querySelector('.item-id + span')!);
      expect(shown.some((q) => !q.hasAttribute('lang') && questions.has(q.textContent!))).toBe(true);
      for (const q of shown) expect(q.getAttribute('lang') === 'en' || questions.has(q.textContent!), q.textContent!).toBe(true);
    });
  }, 120_000);
});
