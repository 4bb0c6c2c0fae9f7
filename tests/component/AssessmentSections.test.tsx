import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';
import { openSection, triagedAssessment } from './decisionsFixtures';

const SECTIONS = [
  ['Findings', 'Findings'],
  ['Action plan', 'Action plan'],
  ['Context', 'Trade-offs'],
  ['Dashboard', 'Dashboard'],
  ['Checklist', 'Review'],
] as const;

describe('Sections of an open assessment', () => {
  it('keeps the header and the section navigation on every section', async () => {
    const assessment = await triagedAssessment({ 'CON-01': 'no' });
    const { location } = await openSection(assessment, '');
    const nav = screen.getByRole('navigation', { name: 'Assessment sections' });

    for (const [link, heading] of SECTIONS) {
      await userEvent.click(within(nav).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeTruthy();
      expect(screen.getByRole('heading', { level: 1, name: 'FaceGate' })).toBeTruthy();
      // One export menu in the header, closed: its three exports are behind it.
      expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('button', { name: 'Export PDF' })).toBeNull();
      expect(within(nav).getByRole('link', { name: link }).getAttribute('aria-current')).toBe('page');
      expect(within(nav).getAllByRole('link').filter((l) => l.getAttribute('aria-current')).length).toBe(1);
    }
    expect(location.history).toContain(`/a/${assessment.id}/dashboard`);
  });

  it('returns to the same checklist item after a visit to another section', async () => {
    const assessment = await triagedAssessment({});
    await openSection(assessment, '');
    await userEvent.click(await screen.findByRole('button', { name: 'Conception' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const heading = (await screen.findByRole('heading', { level: 2, name: /item 2 of/ })).textContent;

    const nav = screen.getByRole('navigation', { name: 'Assessment sections' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Findings' }));
    await screen.findByRole('heading', { level: 2, name: 'Findings' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Checklist' }));

    expect((await screen.findByRole('heading', { level: 2, name: /item 2 of/ })).textContent).toBe(heading);
  });

  it('says so when the address names no section', async () => {
    const assessment = await triagedAssessment({});
    await openSection(assessment, 'nonsense');
    expect(screen.getByRole('heading', { level: 2, name: 'This part of the assessment does not exist' })).toBeTruthy();
  });

  it('records who carries out the assessment in the setup step', async () => {
    const services = makeServices();
    const assessment = await bundledAssessment();
    await services.assessments.create(assessment);
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}`);

    await userEvent.type(await screen.findByRole('textbox', { name: 'Assessor (who carries out this assessment)' }), 'Ana Łódź, DPO');
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));
    await screen.findByRole('heading', { name: 'Profile' });

    expect((await services.assessments.get(assessment.id)).subject.assessor).toBe('Ana Łódź, DPO');
  });
});
