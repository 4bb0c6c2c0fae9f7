import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { bundledVersions, loadChecklist } from '../../src/app/checklistCatalog';
import { checklistMismatches, diffChecklists, guidanceGroups, needsRereading, newAssessment, STAGES, resolveChecklist } from '../../src/domain';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { makeServices, renderWithServices, uuid } from './helpers';

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
    const old = await loadChecklist('hrba-tech', '1.0.0');
    const triage = { role: 'builder', technology: ['ai-adm'], data: ['personal'], setting: [], affected: [], emergency: false, 'cross-border': false };
    const applicable = STAGES.flatMap((s) => resolveChecklist(old.checklist, triage).applicable[s]).slice(0, 6);
    const at = '2026-02-01T08:30:00.000Z';
    const base = newAssessment({ id: uuid(), at, mode: 'self', subject: { productName: 'Tutor', version: '1', organisation: 'Acme', description: '' }, checklist: old.ref });
    const answers = Object.fromEntries(applicable.map((i) => [i.id, { status: 'yes' as const, notes: `why ${i.id}`, evidence: [], answeredAt: at, answeredBy: '', review: null }]));
    const assessment = { ...base, triage, answers, progress: { stageReached: 'review' as const } };

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
});
