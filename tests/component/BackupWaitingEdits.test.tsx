import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackupText } from '../../src/domain';
import { writeBackup } from '../../src/ui/backup/backupFile';
import { bundledAssessment, makeServices } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('"Back up everything" never lacks an edit the person made', () => {
  it('saves edits left in the write-ahead copy (a crash before their save) before reading what to back up', async () => {
    const services = makeServices();
    const a = await services.assessments.create(await bundledAssessment({ productName: 'Kestrel' }));
    // Copied as typed, then the browser went away before the debounced save ran.
    services.writeAhead.record(a.id, { type: 'answer.set', itemId: 'CON-01', status: 'no', notes: 'typed just before the crash', evidence: [] }, 'Amina');
    await vi.waitFor(() => expect(services.writeAhead.unsettled()).toBe(0));
    expect((await services.assessments.get(a.id)).answers['CON-01']).toBeUndefined();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/backup';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await writeBackup(services, '');

    const opened = await openBackupText(await blobs[0]!.text());
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const entry = opened.file.assessments.find((e) => e.assessment.id === a.id)!;
    expect(entry.assessment.answers['CON-01']).toMatchObject({ status: 'no', notes: 'typed just before the crash' });
    expect(entry.changes.at(-1)).toMatchObject({ by: 'Amina', change: { type: 'answer.set', itemId: 'CON-01' } });
    expect(await services.writeAhead.waiting()).toEqual([]);
  });
});
