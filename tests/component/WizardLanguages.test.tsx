import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { ItemForm } from '../../src/ui/wizard/ItemForm';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { switchLanguage } from '../../src/i18n/language';
import type { Locale } from '../../src/i18n/locales';
import type { Services } from '../../src/app/services';
import type { Assessment } from '../../src/domain';
import { makeServices, renderWithServices } from './helpers';
import { triagedAssessment } from './decisionsFixtures';

/**
 * The checklist walk in another language: the chosen language's texts of the checklist
 * (its own translation files), said to be "not yet reviewed" while that is so, with the
 * answers keyed on item ids, so changing language keeps every answer.
 */
vi.setConfig({ testTimeout: 120_000 });
const LONG = { timeout: 45_000 };

const EN_QUESTION = 'Have you written down the legitimate aim the product serves, in terms that rule out controlling, censoring or surveilling people as its purpose?';
const FR_QUESTION =
  'Avez-vous consigné par écrit le but légitime que sert le produit, en des termes qui excluent que sa finalité soit de contrôler, de censurer ou de surveiller des personnes ?';
const AR_EMERGENCY = 'هل يجري استحداثه بوصفه تدبيراً طارئاً، مثلاً في حالة جائحة أو أزمة أخرى؟';

const speak = (locale: Locale) => act(() => switchLanguage(locale, false));
afterEach(async () => {
  cleanup();
  await speak('en');
});

async function open(assessment: Assessment, path: string, services: Services = makeServices()) {
  await services.assessments.create(assessment);
  renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}${path}`);
  return services;
}

describe('the checklist in the chosen language', () => {
  it('French: the question in French, marked not yet reviewed; the answer records the language and survives a switch to English', async () => {
    await speak('fr');
    const assessment = await triagedAssessment({});
    const services = await open(assessment, '/item/CON-01');

    const question = await screen.findByRole('heading', { level: 3, name: FR_QUESTION }, LONG);
    expect(question.getAttribute('lang')).toBe('fr');
    const card = question.closest('article')!;
    within(card).getByText('Traduction pas encore relue');
    expect(screen.getByRole('note').textContent).toBe(
      'Les questions de la liste de contrôle sont affichées en français : traduction pas encore relue. Le texte anglais fait foi ; les sources sont citées dans leur langue d’origine.',
    );
    // The citations stay in their original words.
    expect(within(card).getByText('Sources et principes').closest('details')!.textContent).toMatch(/UNGP/);

    await userEvent.click(within(card).getByRole('radio', { name: 'Oui' }));
    await waitFor(async () => {
      const trail = await services.assessments.trail(assessment.id);
      expect(trail.filter((e) => e.change.type === 'answer.set').map((e) => [e.change.itemId, e.change.status, e.change.language])).toEqual([['CON-01', 'yes', 'fr']]);
    }, LONG);

    await speak('en');
    const english = await screen.findByRole('heading', { level: 3, name: EN_QUESTION }, LONG);
    const englishCard = english.closest('article')!;
    expect(within(englishCard).getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
    expect(screen.queryByText(/not yet reviewed/)).toBeNull();
    expect((await services.assessments.get(assessment.id)).answers['CON-01']?.status).toBe('yes');

    // The review says which language the answers were given in.
    await speak('fr');
    await userEvent.click(screen.getByRole('button', { name: 'Revue' }));
    expect((await screen.findByText(/^Réponses données avec la liste de contrôle en/, {}, LONG)).textContent).toBe('Réponses données avec la liste de contrôle en : français (1).');
  });

  it('Arabic: the page runs right to left and the profile’s questions are the Arabic translation', async () => {
    await speak('ar');
    expect(document.documentElement.dir).toBe('rtl');
    await open(await triagedAssessment({}), '');
    await userEvent.click(await screen.findByRole('button', { name: 'الملف' }, LONG));
    const group = await screen.findByRole('group', { name: AR_EMERGENCY }, LONG);
    within(group).getByRole('radio', { name: 'لا' });
    screen.getByText(/ترجمة لم تُراجَع بعد/);
  });

  it('French: new evidence without a description is refused in French, in the summary and under the field', async () => {
    await speak('fr');
    const { checklist } = await loadChecklist();
    render(<ItemForm item={checklist.items[0]!} answer={undefined} onChange={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un élément de preuve' }));
    const adder = screen.getByRole('group', { name: 'Nouvel élément de preuve' });
    await userEvent.click(within(adder).getByRole('button', { name: 'Ajouter cet élément de preuve' }));
    const summary = await within(adder).findByRole('alert', { name: 'Il y a un problème' });
    within(summary).getByRole('link', { name: 'De quoi il s’agit : décrivez l’élément de preuve' });
    const label = within(adder).getByRole('textbox', { name: 'De quoi il s’agit' });
    expect(document.getElementById(label.getAttribute('aria-describedby')!)!.textContent).toBe('décrivez l’élément de preuve');
  });
});
