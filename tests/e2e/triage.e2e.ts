import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerProfile, createAssessment, submitProfile, type Profile } from './support/app';

/**
 * The profile decides what applies: a small start-up building a plain app and a
 * city buying facial recognition for policing must see different checklists.
 */
const app = useAppSessions();

const START_UP: Profile = { role: 'We build or sell the product (a company or start-up)', technology: ['Something else'] };
const CITY: Profile = {
  role: 'We are buying or procuring it (a public body or other buyer)',
  technology: ['Biometrics or facial recognition', 'Surveillance or monitoring of people'],
  data: ['Personal data about identifiable people', 'Biometric data (faces, fingerprints, voice)'],
  setting: ['Law enforcement, policing or criminal justice', 'Delivering a public service to people (for example benefits, permits or records), or a public-private partnership to deliver one'],
  publicUsers: false,
};

interface Seen {
  modules: string[];
  itemCount: number;
  buyerItems: string[];
  redFlags: string[];
}

async function walkProfile(page: Page, name: string, profile: Profile): Promise<Seen> {
  await createAssessment(page, name);
  await answerProfile(page, profile);
  const preview = page.getByRole('region', { name: 'What this profile means' });
  const itemCount = Number(/(\d+) items apply/.exec((await preview.textContent()) ?? '')?.[1]);
  const modules = (await preview.getByRole('list', { name: 'Active modules' }).count())
    ? await preview.getByRole('list', { name: 'Active modules' }).getByRole('listitem').allTextContents()
    : [];
  await submitProfile(page);
  const buyerItems: string[] = [];
  const redFlags: string[] = [];
  for (const stage of ['Conception', 'Design', 'Deployment', 'Operation']) {
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: stage }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${stage}`) }).first().waitFor();
    const outline = page.getByRole('complementary').getByRole('list').first();
    for (const button of await outline.getByRole('button').all()) {
      await button.click();
      const meta = (await page.getByRole('article').locator('.item-meta').textContent()) ?? '';
      const id = meta.slice(0, 6);
      if (meta.includes('Buyer question')) buyerItems.push(id);
      if (meta.includes('Red flag')) redFlags.push(id);
    }
  }
  return { modules, itemCount, buyerItems, redFlags };
}

it('gives the city buying facial recognition the biometrics module, buyer items and red flags the start-up does not get', async () => {
  const session = await app.open();
  const startUp = await walkProfile(session.page, 'Plain App', START_UP);
  await session.page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
  const city = await walkProfile(session.page, 'City Face Match', CITY);

  expect(startUp.modules).not.toContain('Biometrics and surveillance');
  expect(city.modules).toContain('Biometrics and surveillance');
  expect(startUp.buyerItems).toEqual([]);
  expect(city.buyerItems.length).toBeGreaterThanOrEqual(5);
  const cityOnlyFlags = city.redFlags.filter((id) => !startUp.redFlags.includes(id));
  expect(cityOnlyFlags.length, `red flags only the city sees: ${cityOnlyFlags.join(', ')}`).toBeGreaterThan(0);
  expect(city.itemCount).toBeGreaterThan(startUp.itemCount);
});
