import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openSection, triagedAssessment } from './decisionsFixtures';

const section = (name: string) => screen.getByRole('region', { name });

describe('Context: trade-offs, stakeholders and benefits', () => {
  it('adds a trade-off, a stakeholder and a benefit, each stored through the write path', async () => {
    const assessment = await triagedAssessment({ 'CON-01': 'no' });
    const { services } = await openSection(assessment, 'context');

    await userEvent.click(await screen.findByRole('button', { name: 'Add a trade-off' }));
    const tradeoff = screen.getByRole('form', { name: 'New trade-off' });
    await userEvent.type(within(tradeoff).getByRole('textbox', { name: 'Between what (required)' }), 'Privacy of users and fraud prevention');
    await userEvent.type(within(tradeoff).getByRole('textbox', { name: 'How it was resolved' }), 'Only aggregates leave the device.');
    await userEvent.type(within(tradeoff).getByLabelText('Decided on'), '2026-02-10');
    await userEvent.click(within(tradeoff).getByRole('button', { name: 'Save trade-off' }));
    await within(section('Trade-offs')).findByText('Added the trade-off.');

    await userEvent.click(screen.getByRole('button', { name: 'Add a stakeholder' }));
    const stakeholder = screen.getByRole('form', { name: 'New stakeholder' });
    await userEvent.type(within(stakeholder).getByRole('textbox', { name: 'Who was consulted (required)' }), 'Disability rights organisation');
    await userEvent.type(within(stakeholder).getByRole('textbox', { name: 'What changed as a result' }), 'A screen-reader flow was added.');
    await userEvent.click(within(stakeholder).getByRole('checkbox', { name: 'Persons with disabilities' }));
    await userEvent.click(within(stakeholder).getByRole('button', { name: 'Save stakeholder' }));
    await within(section('Stakeholders consulted')).findByText('Added the stakeholder.');

    await userEvent.click(screen.getByRole('button', { name: 'Add a benefit' }));
    const benefit = screen.getByRole('form', { name: 'New benefit' });
    await userEvent.type(within(benefit).getByRole('textbox', { name: 'The benefit (required)' }), 'Faster access to benefits');
    await userEvent.click(within(within(benefit).getByRole('group', { name: 'Rights it serves' })).getByRole('checkbox', { name: 'Social security and social protection' }));
    await userEvent.click(within(within(benefit).getByRole('group', { name: 'Who benefits' })).getByRole('checkbox', { name: 'Rural communities' }));
    await userEvent.click(within(benefit).getByRole('button', { name: 'Save benefit' }));
    await within(section('Benefits to rights')).findByText('Added the benefit.');

    const saved = await services.assessments.get(assessment.id);
    expect(saved.tradeoffs).toEqual([
      { id: expect.any(String), between: 'Privacy of users and fraud prevention', description: '', resolution: 'Only aggregates leave the device.', rationale: '', decidedBy: '', decidedOn: '2026-02-10' },
    ]);
    expect(saved.stakeholders).toEqual([
      { id: expect.any(String), who: 'Disability rights organisation', when: '', how: '', whatChanged: 'A screen-reader flow was added.', groups: ['persons-with-disabilities'] },
    ]);
    expect(saved.benefits).toEqual([
      { id: expect.any(String), description: 'Faster access to benefits', rights: ['social-security'], groups: ['rural-communities'], evidence: '' },
    ]);
    const card = within(section('Stakeholders consulted')).getByRole('article', { name: 'Disability rights organisation' });
    expect(card.textContent).toContain('Persons with disabilities');
    expect(within(section('Trade-offs')).getByRole('article', { name: 'Privacy of users and fraud prevention' }).textContent).toContain('10 Feb 2026');
  });

  it('edits a stakeholder in place and removes one only after confirmation', async () => {
    const assessment = await triagedAssessment(
      {},
      {
        stakeholders: [
          { id: 's1', who: 'Parents’ association', when: '2026-01-12', how: 'Workshop', whatChanged: '', groups: ['children'] },
          { id: 's2', who: 'Trade union', when: '', how: '', whatChanged: '', groups: [] },
        ],
      },
    );
    const { services } = await openSection(assessment, 'context');
    const register = section('Stakeholders consulted');

    await userEvent.click(within(register).getByRole('button', { name: /^Edit\s*the stakeholder: Trade union$/ }));
    const form = within(register).getByRole('form', { name: 'Edit the stakeholder' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'What changed as a result' }), 'Shift data is no longer sold.');
    await userEvent.click(within(form).getByRole('button', { name: 'Save stakeholder' }));
    await within(register).findByText('Saved the stakeholder.');

    await userEvent.click(within(register).getByRole('button', { name: /^Delete\s*the stakeholder: Parents’ association$/ }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete this stakeholder?' })).getByRole('button', { name: 'Delete stakeholder' }));

    await waitFor(async () =>
      expect((await services.assessments.get(assessment.id)).stakeholders).toEqual([
        { id: 's2', who: 'Trade union', when: '', how: '', whatChanged: 'Shift data is no longer sold.', groups: [] },
      ]),
    );
    expect(within(register).queryByRole('article', { name: 'Parents’ association' })).toBeNull();
  });
});
