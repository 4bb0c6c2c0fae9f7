import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { SaveIndicator } from '../../src/ui/wizard/SaveIndicator';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { resolveChecklist, STAGES, type TriageAnswers } from '../../src/domain';
import type { Services } from '../../src/app/services';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';

const ROLE_BUILDER = 'We build or sell the product (a company or start-up)';
const EMERGENCY = 'Is it being introduced as an emergency measure, for example in a pandemic or other crisis?';
const CROSS_BORDER = 'Will it run in more than one country, or will data about people cross borders?';
const DECISIONS = 'Will it make or support decisions about individual people, such as who gets a service, a benefit, a job, a grade or police attention?';
const PUBLIC_USERS = 'Will members of the public use it themselves, for example through an app, a website or a service counter?';
const BUILDER_WITH_BIOMETRICS: TriageAnswers = {
  role: 'builder',
  technology: ['biometrics'],
  data: [],
  setting: [],
  decisions: false,
  'public-users': true,
  affected: [],
  emergency: false,
  'cross-border': false,
  jurisdictions: '',
};

async function openNew(services: Services = makeServices()) {
  const assessment = await bundledAssessment({ productName: 'Untitled assessment' });
  await services.assessments.create(assessment);
  renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}`);
  await screen.findByRole('heading', { name: 'What are you assessing?' });
  return { services, assessment };
}

async function completeSetup(productName = 'FaceGate') {
  const name = screen.getByRole('textbox', { name: 'Product name (required)' });
  await userEvent.clear(name);
  await userEvent.type(name, productName);
  await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));
  await screen.findByRole('heading', { name: 'Profile' });
}

async function answerProfileAsBiometricBuilder() {
  await userEvent.click(screen.getByRole('radio', { name: ROLE_BUILDER }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Biometrics or facial recognition' }));
  await userEvent.click(within(screen.getByRole('group', { name: DECISIONS })).getByRole('radio', { name: 'No' }));
  await userEvent.click(within(screen.getByRole('group', { name: PUBLIC_USERS })).getByRole('radio', { name: 'Yes' }));
  await userEvent.click(within(screen.getByRole('group', { name: EMERGENCY })).getByRole('radio', { name: 'No' }));
  await userEvent.click(within(screen.getByRole('group', { name: CROSS_BORDER })).getByRole('radio', { name: 'No' }));
}

async function applicableFor(triage: TriageAnswers) {
  const { checklist } = await loadChecklist();
  return resolveChecklist(checklist, triage);
}

/** The stage heading, "Conception — item 1 of 17" (jsdom's name computation drops the space before the dash). */
const stageHeadingName = (n: number, total: number) => new RegExp(`^Conception\\s*— item ${n} of ${total}$`);
const findStageHeading = (n: number, total: number) => screen.findByRole('heading', { level: 2, name: stageHeadingName(n, total) });

describe('Assessment wizard', () => {
  it('keeps the person on the setup step while the product name is empty', async () => {
    const { services, assessment } = await openNew();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Product name (required)' }));

    await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));

    // The field's own message, tied to it, and the summary at the top naming it.
    const error = (await screen.findAllByRole('alert')).find((a) => a.textContent === 'give the product a name')!;
    expect(screen.getByRole('textbox', { name: 'Product name (required)' }).getAttribute('aria-describedby')).toBe(error.id);
    expect(screen.getByRole('alert', { name: 'There is a problem' }).textContent).toContain('Product name: give the product a name');
    expect(screen.getByRole('heading', { name: 'What are you assessing?' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Profile' })).toBeNull();
    expect((await services.assessments.get(assessment.id)).subject.productName).toBe('Untitled assessment');
  });

  it('saves the setup and moves on to the profile, whose perspective the chosen purpose has answered', async () => {
    const { services, assessment } = await openNew();
    // Only purposes that change what the tool does are offered: no audit of nothing, no questionnaire here.
    const purposes = screen.getByRole('group', { name: 'What are you assessing, and who answers the questions?' });
    expect(within(purposes).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['own-product', 'buying', 'independent-review']);
    await userEvent.click(screen.getByRole('radio', { name: /^A product we are buying/ }));

    await completeSetup('FaceGate');

    const saved = await services.assessments.get(assessment.id);
    expect(saved.subject.productName).toBe('FaceGate');
    expect(saved.mode).toBe('self');
    expect(saved.triage.role).toBe('buyer');
    expect(await screen.findByRole('heading', { level: 1, name: 'FaceGate' })).toBeTruthy();
    expect(screen.getByText(/^Buyer’s assessment, answered by the buyer ·/)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'We are buying or procuring it (a public body or other buyer)' }).checked).toBe(true);
  });

  it('explains every profile option in hint text under it, read as the option’s description', async () => {
    await openNew();
    await completeSetup();
    const { checklist } = await loadChecklist();
    const description = (el: HTMLElement) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    let explained = 0;
    for (const q of checklist.triage) {
      if (q.kind !== 'single' && q.kind !== 'multi') continue;
      const group = screen.getByRole('group', { name: q.question });
      for (const o of q.options) {
        const input = within(group).getByRole(q.kind === 'multi' ? 'checkbox' : 'radio', { name: o.label });
        expect(o.help, `${q.id}: ${o.value}`).toBeTruthy();
        expect(description(input)).toBe(o.help);
        explained++;
      }
    }
    expect(explained).toBeGreaterThan(30);
    // What people read differently, said in words under the option.
    expect(description(screen.getByRole('checkbox', { name: /^Delivering a public service/ }))).toMatch(/applying for a benefit or permit/);
    expect(description(screen.getByRole('checkbox', { name: 'Artificial intelligence or automated decision-making' }))).toMatch(/score, rank, predict, recommend or decide about people/);
    expect(description(screen.getByRole('group', { name: EMERGENCY }))).toMatch(/contact tracing in a pandemic/);
  });

  it('previews how many items apply and which optional modules the profile switches on', async () => {
    await openNew();
    await completeSetup();
    const preview = screen.getByRole('region', { name: 'What this profile means' });
    expect(preview.textContent).toContain('Answer the required questions to see how many items apply.');
    expect(within(preview).queryByRole('list', { name: 'Active modules' })).toBeNull();

    await answerProfileAsBiometricBuilder();

    const resolved = await applicableFor(BUILDER_WITH_BIOMETRICS);
    const count = STAGES.reduce((n, s) => n + resolved.applicable[s].length, 0);
    expect(await within(preview).findByText(`${count} items apply.`)).toBeTruthy();
    const modules = within(preview).getByRole('list', { name: 'Active modules' });
    expect(within(modules).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Biometrics and surveillance']);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Biometrics or facial recognition' }));
    const without = await applicableFor({ ...BUILDER_WITH_BIOMETRICS, technology: [] });
    // The preview is computed after the profile changes, not in the click's own render.
    expect(await within(preview).findByText(`${STAGES.reduce((n, s) => n + without.applicable[s].length, 0)} items apply.`)).toBeTruthy();
    expect(within(preview).queryByRole('list', { name: 'Active modules' })).toBeNull();
  });

  it('walks the conception items: answer, autosave, next and previous', async () => {
    const { services, assessment } = await openNew();
    await completeSetup();
    await answerProfileAsBiometricBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Continue to conception' }));

    const resolved = await applicableFor(BUILDER_WITH_BIOMETRICS);
    const [first, second] = resolved.applicable.conception;
    const total = resolved.applicable.conception.length;
    expect(await findStageHeading(1, total)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: first!.question })).toBeTruthy();
    expect((await services.assessments.get(assessment.id)).triage).toEqual(BUILDER_WITH_BIOMETRICS);

    await userEvent.click(screen.getByRole('radio', { name: 'Partly' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'Aim drafted');

    expect(await screen.findByText('All changes saved', {}, { timeout: 3000 })).toBeTruthy();
    const saved = await services.assessments.get(assessment.id);
    expect(saved.answers[first!.id]).toMatchObject({ status: 'partial', notes: 'Aim drafted', evidence: [] });

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await findStageHeading(2, total)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: second!.question })).toBeTruthy();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await findStageHeading(1, total)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Partly' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('Aim drafted');
  });

  it('records the assessor named in setup as the person who answered', async () => {
    const { services, assessment } = await openNew();
    await userEvent.type(screen.getByRole('textbox', { name: /^Assessor/ }), 'Dr Ana Kowalska');
    await completeSetup();
    await answerProfileAsBiometricBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Continue to conception' }));
    const [first] = (await applicableFor(BUILDER_WITH_BIOMETRICS)).applicable.conception;
    await findStageHeading(1, (await applicableFor(BUILDER_WITH_BIOMETRICS)).applicable.conception.length);
    await userEvent.click(screen.getByRole('radio', { name: 'No' }));
    expect(await screen.findByText('All changes saved', {}, { timeout: 3000 })).toBeTruthy();
    const saved = await services.assessments.get(assessment.id);
    expect(saved.subject.assessor).toBe('Dr Ana Kowalska');
    expect(saved.answers[first!.id]).toMatchObject({ status: 'no', answeredBy: 'Dr Ana Kowalska' });
    const log = await services.assessments.trail(assessment.id);
    expect(log.at(-1)).toMatchObject({ by: 'Dr Ana Kowalska', change: { type: 'answer.set', itemId: first!.id } });
  });

  it('lists in the stage outline the items the profile makes not applicable, with the reason', async () => {
    await openNew();
    await completeSetup();
    await answerProfileAsBiometricBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Continue to conception' }));

    const outline = await screen.findByRole('complementary', { name: 'Conception: all items' });
    const resolved = await applicableFor(BUILDER_WITH_BIOMETRICS);
    const skipped = resolved.skipped.conception;
    expect(skipped.length).toBeGreaterThan(0);
    const summary = await within(outline).findByText(`${skipped.length} items not applicable to your profile`);
    await userEvent.click(summary);

    // CON-19 is a buyer's question; CON-28 belongs to the AI module this profile leaves off.
    const buyerOnly = within(outline).getByText(/^CON-19$/).closest('li')!;
    expect(buyerOnly.textContent).toContain('(written for another perspective (builder or buyer))');
    const aiModule = within(outline).getByText(/^CON-28$/).closest('li')!;
    expect(aiModule.textContent).toContain('(belongs to an optional module the profile did not activate)');
    expect(within(buyerOnly).queryByRole('button')).toBeNull();

    // The biometrics item the profile switched on is one to answer, not a skipped one.
    const biometric = within(outline).getByRole('button', { name: /^CON-29 / });
    expect(within(biometric.closest('li')!).getByText('Not answered')).toBeTruthy();
  });

  it('names every unanswered profile question in one summary at the top, focused, each linking to its question', async () => {
    await openNew();
    await completeSetup();
    await userEvent.click(await screen.findByRole('button', { name: 'Continue to conception' }));

    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    // Focus moves once the summary is drawn, which a busy machine can finish after it is found.
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.length).toBeGreaterThan(1);
    const role = links.find((l) => /perspective|role|build/i.test(l.textContent!)) ?? links[0]!;
    await userEvent.click(role);
    await waitFor(() => expect((document.activeElement as HTMLElement).tagName).toBe('INPUT'));
    const focused = document.activeElement as HTMLInputElement;
    // The link led to the first choice of the question it names.
    expect(role.textContent).toContain(focused.closest('fieldset')!.querySelector('legend')!.textContent!);
  });

  it('jumps to an item from the stage outline', async () => {
    await openNew();
    await completeSetup();
    await answerProfileAsBiometricBuilder();
    await userEvent.click(screen.getByRole('button', { name: 'Continue to conception' }));
    const outline = await screen.findByRole('complementary', { name: 'Conception: all items' });
    const resolved = await applicableFor(BUILDER_WITH_BIOMETRICS);
    await within(outline).findByRole('button', { name: /^CON-29 / });
    const index = resolved.applicable.conception.findIndex((i) => i.id === 'CON-29');

    await userEvent.click(within(outline).getByRole('button', { name: /^CON-29 / }));

    expect(await findStageHeading(index + 1, resolved.applicable.conception.length)).toBeTruthy();
    expect(within(outline).getByRole('button', { name: /^CON-29 / }).getAttribute('aria-current')).toBe('true');
  });

  /** Storage that refuses answer writes while `full` is set, as a full disk would. */
  function flakyStorage(services: ReturnType<typeof makeServices>) {
    const state = { full: true };
    const wrapped: Services = {
      ...services,
      assessments: {
        ...services.assessments,
        commit: (id, change, by) =>
          state.full && change.type === 'answer.set'
            ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
            : services.assessments.commit(id, change, by),
      },
    };
    return { state, wrapped };
  }

  async function openAtConception(services: Services, id: string) {
    const view = renderWithServices(<AssessmentPage id={id} />, services, `/a/${id}`);
    // A triaged assessment without a saved position opens on the review; go to the first stage.
    await userEvent.click(await screen.findByRole('button', { name: 'Conception' }));
    await screen.findByRole('heading', { level: 2, name: /item 1 of/ });
    return view;
  }

  it('reports a failed save in a blocking dialog, tries nothing more on its own, and writes the change on Retry', async () => {
    const services = makeServices();
    const assessment = await bundledAssessment({ triage: BUILDER_WITH_BIOMETRICS, progress: { stageReached: 'conception' } });
    await services.assessments.create(assessment);
    const { state, wrapped } = flakyStorage(services);
    await openAtConception(wrapped, assessment.id);

    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Your latest changes are not saved' }, { timeout: 3000 });
    expect(dialog.textContent).toContain('Not saved: this device’s storage is full. Your earlier work is safe.');
    expect(screen.queryByText('All changes saved')).toBeNull();
    expect((await services.assessments.get(assessment.id)).answers).toEqual({});

    state.full = false;
    // Moving on is no retry: Chromium resets a store after repeated failed writes.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect((await services.assessments.get(assessment.id)).answers).toEqual({});
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('All changes saved', {}, { timeout: 3000 })).toBeTruthy();
    expect((await services.assessments.get(assessment.id)).answers['CON-01']?.status).toBe('yes');
  });

  it('does not leave an unhandled rejection when a held change still cannot be written as the wizard closes', async () => {
    const services = makeServices();
    const assessment = await bundledAssessment({ triage: BUILDER_WITH_BIOMETRICS, progress: { stageReached: 'conception' } });
    await services.assessments.create(assessment);
    const { wrapped } = flakyStorage(services);
    const { unmount } = await openAtConception(wrapped, assessment.id);
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await screen.findByRole('dialog', { name: 'Your latest changes are not saved' }, { timeout: 3000 });

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      unmount();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }

    expect(unhandled.map(String)).toEqual([]);
  });
});

describe('SaveIndicator', () => {
  it('says what went wrong when saving failed', () => {
    const cause = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    render(<SaveIndicator status={{ kind: 'failed', message: 'QuotaExceededError: The quota has been exceeded.', cause }} />);
    expect(screen.getByRole('status').textContent).toBe('Not saved: this device’s storage is full.');
  });

  it('says all changes are saved once they are', () => {
    render(<SaveIndicator status={{ kind: 'saved' }} />);
    expect(screen.getByRole('status').textContent).toBe('All changes saved');
  });
});
