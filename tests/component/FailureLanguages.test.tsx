import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { bundledVersions } from '../../src/app/checklistCatalog';
import { detail, newAssessment, ProblemError } from '../../src/domain';
import { switchLanguage } from '../../src/i18n/language';
import { SaveFailureDialog } from '../../src/ui/assessment/SaveFailureDialog';
import { StorageProblem } from '../../src/ui/common/StorageProblem';
import { SaveIndicator } from '../../src/ui/wizard/SaveIndicator';
import { QuickRating } from '../../src/ui/findings/QuickRating';
import type { ShownFinding } from '../../src/ui/findings/titles';
import NewProcurementPage from '../../src/ui/procurement/NewProcurementPage';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { makeServices, renderWithServices, uuid } from './helpers';
import { catalogueText } from './catalogueText';

/**
 * When storage or loading fails, the screens say why in the chosen language; the browser's
 * own English stays only under "Technical details", marked lang="en".
 */
const catalog = vi.hoisted(() => ({ fail: null as null | { version?: string; error: unknown } }));
vi.mock('../../src/app/checklistCatalog', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/app/checklistCatalog')>();
  return {
    ...real,
    loadChecklist: (id?: string, version?: string) => {
      const fail = catalog.fail;
      if (fail && (fail.version === undefined || fail.version === version)) return Promise.reject(fail.error);
      return real.loadChecklist(id, version);
    },
  };
});

vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  catalog.fail = null;
  await switchLanguage('en', false);
});

/** What a full disk looks like through Dexie: an aborted transaction wrapping the browser's QuotaExceededError. */
function fullDisk(): Error {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
}

/** The text of `element` outside its technical details. */
function outsideDetails(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('details').forEach((d) => d.remove());
  return copy.textContent ?? '';
}

function technicalDetails(element: Element): HTMLElement {
  const words = element.querySelector<HTMLElement>('details > [lang]');
  if (!words) throw new Error('no technical details');
  return words;
}

// A browser that failed to fetch a piece of the app (Chromium's words).
const CHUNK = new TypeError('Failed to fetch dynamically imported module: https://example.org/assets/checklist-1.0.0.js');

describe('a failed save, in the chosen language', () => {
  it('says in French that the device is full, with the browser’s English only in the technical details', async () => {
    await switchLanguage('fr', false);
    render(<SaveFailureDialog cause={fullDisk()} onRetry={() => undefined} onExport={() => undefined} />);
    const dialog = document.querySelector('dialog')!;
    const said = outsideDetails(dialog);
    expect(said).toContain(catalogueText('fr', 'this device’s storage is full.'));
    expect(said).toContain(catalogueText('fr', 'Export a backup now. Then free some space (delete files or other browser data) and press Retry.'));
    expect(said).not.toMatch(/quota|exceeded|aborted/i);
    const details = technicalDetails(dialog);
    expect(details.getAttribute('lang')).toBe('en');
    expect(details.getAttribute('dir')).toBe('ltr');
    expect(details.textContent).toBe('AbortError: Transaction aborted ← QuotaExceededError: The quota has been exceeded.');
  });

  it('says in Arabic that a newer version changed the storage (Dexie’s VersionChangeError)', async () => {
    await switchLanguage('ar', false);
    const changed = Object.assign(new Error('Database version changed by other database connection'), { name: 'VersionChangeError' });
    render(<StorageProblem title="—" cause={changed} />);
    const alert = screen.getByRole('alert');
    expect(outsideDetails(alert)).toContain(catalogueText('ar', 'a newer version of this app has changed the storage in another tab.'));
    expect(outsideDetails(alert)).toContain(catalogueText('ar', 'Export a backup, then reload the page to use the newer version.'));
    expect(outsideDetails(alert)).not.toMatch(/[A-Za-z]{3,}/);
    expect(technicalDetails(alert).textContent).toBe('VersionChangeError: Database version changed by other database connection');
  });

  it('the header’s save state says it in Arabic too', async () => {
    await switchLanguage('ar', false);
    render(<SaveIndicator status={{ kind: 'failed', message: 'QuotaExceededError', cause: fullDisk() }} />);
    expect(screen.getByRole('status').textContent).toBe(catalogueText('ar', 'Not saved: {problem}', { problem: catalogueText('ar', 'this device’s storage is full.') }, 'Save state'));
  });

  it('words a failure it cannot name as unexpected in French, never with the browser’s sentence', async () => {
    await switchLanguage('fr', false);
    render(<StorageProblem title="—" cause={new Error('Something the browser said')} />);
    const alert = screen.getByRole('alert');
    expect(outsideDetails(alert)).toContain(catalogueText('fr', 'something unexpected went wrong in the browser.'));
    expect(outsideDetails(alert)).not.toContain('Something the browser said');
    expect(technicalDetails(alert).textContent).toBe('Error: Something the browser said');
  });
});

describe('a checklist that cannot be loaded, in the chosen language', () => {
  it('new procurement: says in French which version is missing and which versions there are', async () => {
    await switchLanguage('fr', false);
    const available = bundledVersions('hrba-tech');
    catalog.fail = { error: new ProblemError(detail('checklist-version-unknown', { id: 'hrba-tech', version: '9.9.9', available })) };
    renderWithServices(<NewProcurementPage />, makeServices(), '/procurement/new');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(catalogueText('fr', 'The checklist could not be loaded.', {}, 'New procurement'));
    const list = new Intl.ListFormat('fr', { type: 'disjunction' }).format(available);
    expect(alert.textContent).toContain(catalogueText('fr', 'Uses {id} version {version}; this installation has {available}.', { id: 'hrba-tech', version: '9.9.9', available: list }));
    expect(alert.textContent).not.toMatch(/could not|installation has/);
  });

  it('new procurement: says in Arabic that a part of the app could not be loaded, the browser’s words folded away', async () => {
    await switchLanguage('ar', false);
    catalog.fail = { error: CHUNK };
    renderWithServices(<NewProcurementPage />, makeServices(), '/procurement/new');
    const alert = await screen.findByRole('alert');
    const said = outsideDetails(alert);
    expect(said).toContain(catalogueText('ar', 'The checklist could not be loaded.', {}, 'New procurement'));
    expect(said).toContain(catalogueText('ar', 'a part of the app could not be loaded (the connection dropped, or the app was updated meanwhile).'));
    expect(said).not.toMatch(/[A-Za-z]{3,}/);
    expect(technicalDetails(alert).textContent).toBe(`TypeError: ${CHUNK.message}`);
  });

  it('checklist upgrade: says in French that the newer version could not be loaded, and why', async () => {
    await switchLanguage('fr', false);
    const [oldest, next] = bundledVersions('hrba-tech');
    const services = makeServices();
    const assessment = newAssessment({
      id: uuid(),
      at: '2026-02-01T08:30:00.000Z',
      mode: 'self',
      subject: { productName: 'Tutor', version: '1', organisation: 'Acme', description: '' },
      checklist: (await (await vi.importActual<typeof import('../../src/app/checklistCatalog')>('../../src/app/checklistCatalog')).loadChecklist('hrba-tech', oldest)).ref,
    });
    await services.assessments.create(assessment);
    catalog.fail = { version: next, error: CHUNK };
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}/upgrade`);
    const what = await screen.findByText(catalogueText('fr', 'The newer checklist version could not be loaded.'), {}, { timeout: 15_000 });
    const alert = what.closest('[role="alert"]')!;
    expect(outsideDetails(alert)).toContain(catalogueText('fr', 'a part of the app could not be loaded (the connection dropped, or the app was updated meanwhile).'));
    expect(outsideDetails(alert)).not.toContain('Failed to fetch');
    expect(technicalDetails(alert).getAttribute('lang')).toBe('en');
  });
});

describe('the quick rating of a finding whose title is still English', () => {
  it.each(['fr', 'ar'] as const)('is named in %s by reference to the title, which keeps lang="en"', async (locale) => {
    await switchLanguage(locale, false);
    const finding = { key: 'CON-02', title: 'No impact assessment before design', titleLang: 'en', severity: { scale: null, scope: null, irremediability: null }, likelihood: null } as unknown as ShownFinding;
    render(
      <>
        <bdi id="title-con-02" lang="en">
          {finding.title}
        </bdi>
        <QuickRating finding={finding} titleId="title-con-02" onSave={async () => undefined} onCancel={() => undefined} />
      </>,
    );
    const form = screen.getByRole('form', { name: `${catalogueText(locale, 'Rate', {}, 'Findings table: button')} ${finding.title}` });
    // No English inside an attribute that cannot say its language.
    expect(form.getAttribute('aria-label')).toBeNull();
    expect(document.getElementById(form.getAttribute('aria-labelledby')!.split(' ')[1]!)?.getAttribute('lang')).toBe('en');
  });
});
