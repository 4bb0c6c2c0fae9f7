import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/ui/home/HomePage';
import { makeHrbaFile, serializeHrbaFile, type Assessment } from '../../src/domain';
import { bundledAssessment, makeServices, renderWithServices, wholeText } from './helpers';

const GENERATOR = { name: 'HRBA@Tech due diligence', version: '0.1.0' };

function hrbaText(assessment: Assessment): string {
  return serializeHrbaFile(makeHrbaFile(assessment, GENERATOR, '2026-02-02T10:00:00.000Z'));
}

function fileOf(text: string, name = 'facegate.hrba.json'): File {
  return new File([text], name, { type: 'application/json' });
}

async function renderHome() {
  const services = makeServices();
  const view = renderWithServices(<HomePage />, services);
  await screen.findByRole('region', { name: /Check a technology/ });
  return { services, ...view };
}

const fileInput = () => screen.getByLabelText('Import a .hrba.json file') as HTMLInputElement;

async function storedIds(services: ReturnType<typeof makeServices>): Promise<string[]> {
  return (await services.assessments.list()).map((s) => (s.ok ? s.assessment.id : s.id));
}

describe('ImportPanel', () => {
  it('can be cancelled while the file is checked, and then stores nothing', async () => {
    const { services } = await renderHome();
    const assessment = await bundledAssessment({ productName: 'Cancelled' });
    // A file that is still being read when Cancel is pressed (as a large one would be).
    class SlowFile extends File {
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        return new ReadableStream({ pull: () => new Promise(() => {}) });
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        return new Promise(() => {});
      }
    }

    await userEvent.upload(fileInput(), new SlowFile([hrbaText(assessment)], 'slow.hrba.json', { type: 'application/json' }));
    expect((await screen.findByRole('status')).textContent).toContain('Importing “slow.hrba.json”. Reading the file…');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));

    expect((await screen.findByText('Import cancelled. Nothing was changed.')).getAttribute('role')).toBe('status');
    expect(await storedIds(services)).toEqual([]);
  });

  it('refuses a file that is not JSON and stores nothing', async () => {
    const { services } = await renderHome();

    await userEvent.upload(fileInput(), fileOf('{"kind": "hrba.assessment", ', 'broken.hrba.json'));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not import "broken.hrba.json". Nothing was changed.');
    expect(alert.textContent).toMatch(/is not valid JSON/);
    expect(await storedIds(services)).toEqual([]);
  });

  it('refuses a file of another kind and names the "kind" field', async () => {
    const { services } = await renderHome();
    const file = JSON.parse(hrbaText(await bundledAssessment())) as Record<string, unknown>;
    file.kind = 'hrba.request';

    await userEvent.upload(fileInput(), fileOf(JSON.stringify(file)));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('kind')).toBeTruthy();
    expect(alert.textContent).toContain('kind: The kind “hrba.request” is not one this version reads; expected hrba.assessment.');
    expect(alert.textContent).toContain('hrba.assessment');
    expect(await storedIds(services)).toEqual([]);
  });

  it('refuses an invalid answer status, naming its path and the allowed values, and stores nothing', async () => {
    const { services } = await renderHome();
    const file = JSON.parse(hrbaText(await bundledAssessment())) as { assessment: { answers: Record<string, unknown> } };
    file.assessment.answers['CON-01'] = { status: 'maybe', notes: '', evidence: [], answeredAt: '2026-02-01T09:00:00.000Z' };

    await userEvent.upload(fileInput(), fileOf(JSON.stringify(file)));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('assessment › answers › CON-01 › status')).toBeTruthy();
    for (const allowed of ['"yes"', '"partial"', '"no"', '"not-applicable"', '"unknown"']) {
      expect(alert.textContent).toContain(allowed);
    }
    expect(await storedIds(services)).toEqual([]);
  });

  it('refuses a file made with different checklist content', async () => {
    const { services } = await renderHome();
    const assessment = await bundledAssessment();
    const edited = { ...assessment, checklist: { ...assessment.checklist, contentHash: `sha256:${'0'.repeat(64)}` } };

    await userEvent.upload(fileInput(), fileOf(hrbaText(edited)));

    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(within(alert).getByText('checklist')).toBeTruthy();
    expect(alert.textContent).toMatch(/different content/);
    expect(await storedIds(services)).toEqual([]);
  });

  it('stores a valid file, reports it imported and lists it', async () => {
    const { services } = await renderHome();
    const assessment = await bundledAssessment({ productName: 'FaceGate' });

    await userEvent.upload(fileInput(), fileOf(hrbaText(assessment)));

    expect((await screen.findByText(wholeText('Imported "FaceGate".'))).getAttribute('role')).toBe('status');
    expect(await screen.findByRole('link', { name: 'FaceGate' })).toBeTruthy();
    expect(await services.assessments.get(assessment.id)).toEqual(assessment);
  });

  describe('when the same assessment is already stored', () => {
    async function importTwice() {
      const view = await renderHome();
      const assessment = await bundledAssessment({ productName: 'FaceGate' });
      const text = hrbaText(assessment);
      await userEvent.upload(fileInput(), fileOf(text));
      await screen.findByText(wholeText('Imported "FaceGate".'));
      // The stored copy moves on after the export, so replacing it would lose this answer.
      const edited = await view.services.assessments.commit(assessment.id, {
        type: 'answer.set',
        itemId: 'CON-01',
        status: 'no',
        notes: 'Edited after export',
        evidence: [],
      });
      await userEvent.upload(fileInput(), fileOf(text));
      const dialog = await screen.findByRole('dialog', { name: 'This assessment is already here' });
      return { ...view, assessment, edited, dialog };
    }

    it('offers to import as a copy, replace, or cancel', async () => {
      const { dialog } = await importTwice();
      expect(within(dialog).getByRole('button', { name: 'Import as a copy' })).toBeTruthy();
      expect(within(dialog).getByRole('button', { name: 'Replace the one stored here' })).toBeTruthy();
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();
      expect(dialog.textContent).toContain('“FaceGate”');
    });

    it('shows the stored and the incoming assessment side by side, and what replacing would lose', async () => {
      const { dialog } = await importTwice();
      const table = within(dialog).getByRole('table', { name: /stored in this browser and the one in the file/ });
      const cells = (label: string) => within(within(table).getByRole('rowheader', { name: label }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
      expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Stored here', 'In the file']);
      expect(cells('Product')).toEqual(['FaceGate', 'FaceGate']);
      expect(cells('Questions answered')).toEqual(['1', '0']);
      expect(within(dialog).getByRole('listitem').textContent).toBe('1 answer the file does not have');
    });

    it('"Import as a copy" keeps the stored one and adds the file as a second assessment', async () => {
      const { dialog, services, assessment, edited } = await importTwice();

      await userEvent.click(within(dialog).getByRole('button', { name: 'Import as a copy' }));

      await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(3)); // header + 2
      expect(screen.queryByRole('dialog')).toBeNull();
      const all = (await services.assessments.list()).flatMap((s) => (s.ok ? [s.assessment] : []));
      expect(all).toHaveLength(2);
      expect(await services.assessments.get(assessment.id)).toEqual(edited);
      const copy = all.find((a) => a.id !== assessment.id)!;
      expect(copy.answers).toEqual(assessment.answers);
      expect(copy.subject.productName).toMatch(/^FaceGate \(/);
    });

    it('"Replace the one stored here" overwrites the stored assessment with the file', async () => {
      const { dialog, services, assessment } = await importTwice();

      await userEvent.click(within(dialog).getByRole('button', { name: 'Replace the one stored here' }));

      await waitFor(async () => expect(await services.assessments.get(assessment.id)).toEqual(assessment));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(await services.assessments.list()).toHaveLength(1);
    });

    it('Cancel leaves the stored assessment as it was', async () => {
      const { dialog, services, assessment, edited } = await importTwice();

      await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

      expect(screen.queryByRole('dialog')).toBeNull();
      expect(screen.getAllByRole('row')).toHaveLength(2); // header + 1
      expect(await services.assessments.list()).toHaveLength(1);
      expect(await services.assessments.get(assessment.id)).toEqual(edited);
    });
  });
});
