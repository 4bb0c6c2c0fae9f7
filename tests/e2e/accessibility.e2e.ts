import { it } from 'vitest';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, expectNoAxeViolations, submitProfile } from './support/app';

const app = useAppSessions();

it('has no axe violations on any screen, dialogs and error states included', async () => {
  const session = await app.open();
  const { page } = session;
  await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
  await expectNoAxeViolations(page, 'home (first run)');

  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByLabel('Product name (required)').fill('');
  await page.getByRole('button', { name: 'Continue to the profile' }).click();
  await page.getByText('give the product a name', { exact: true }).waitFor();
  await page.getByRole('alert', { name: 'There is a problem' }).waitFor();
  await expectNoAxeViolations(page, 'setup with a validation error');

  await page.getByLabel('Product name (required)').fill('Axe Product');
  await page.getByRole('button', { name: 'Continue to the profile' }).click();
  await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
  await expectNoAxeViolations(page, 'profile');

  await answerProfile(page, {
    role: 'We are buying or procuring it (a public body or other buyer)',
    technology: ['Biometrics or facial recognition'],
    setting: ['Delivering a public service to people (for example benefits, permits or records), or a public-private partnership to deliver one'],
  });
  await submitProfile(page);
  await answerCurrentItem(page, 'no', 'No assessment yet.');
  await page.getByText('What good looks like and the evidence an auditor would ask for').click();
  await page.getByText('Sources and principles').click();
  await page.getByRole('button', { name: 'Add evidence' }).click();
  await page.getByRole('button', { name: 'Add this evidence' }).click();
  await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
  await expectNoAxeViolations(page, 'stage item with guidance, sources and evidence open');

  await page.getByRole('button', { name: 'Show the easy-read version' }).click();
  await expectNoAxeViolations(page, 'stage item, easy-read');

  // New evidence with a link but no description is not saved: moving on asks first.
  await page.getByRole('textbox', { name: 'Link or location (optional)' }).fill('https://example.org/dpia');
  await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Review' }).click();
  await page.getByRole('dialog', { name: 'This step is not saved yet' }).waitFor();
  await expectNoAxeViolations(page, 'leaving with an evidence row not filled in');
  await page.getByRole('dialog').getByRole('button', { name: 'Leave without saving it' }).click();
  await page.getByRole('heading', { name: 'Review' }).waitFor();
  await expectNoAxeViolations(page, 'review');

  await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
  await page.getByRole('row').filter({ hasText: 'Axe Product' }).waitFor();
  await expectNoAxeViolations(page, 'home with a list');

  await page.getByRole('button', { name: 'Delete Axe Product' }).click();
  await page.getByRole('dialog', { name: 'Delete this assessment?' }).waitFor();
  await expectNoAxeViolations(page, 'delete confirmation dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByLabel('Import a .hrba.json file').setInputFiles({ name: 'x.hrba.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
  await page.getByRole('alert').filter({ hasText: 'Could not import' }).waitFor();
  await expectNoAxeViolations(page, 'import error');

  await page.goto(`${session.baseURL}#/a/00000000-0000-4000-8000-000000000000`);
  await page.getByRole('heading', { name: 'Assessment not found' }).waitFor();
  await expectNoAxeViolations(page, 'assessment not found');
});
