import type { ReactElement } from 'react';
import { afterEach, vi } from 'vitest';
import { cleanup, render, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import {
  AppDB,
  assessmentRepository,
  backupRepository,
  identityRepository,
  localCopies,
  memoryStorage,
  settingsRepository,
  trustRepository,
  wizardStateRepository,
  writeAhead,
} from '../../src/db';
import { procurementWorkCount } from '../../src/db/workCounts';
import { procurementRepository } from '../../src/db/procurements';
import { vendorResponseRepository } from '../../src/db/vendorResponses';
import { decisionRepository } from '../../src/db/decisions';
import { ServicesContext, type Services } from '../../src/app/services';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { newAssessment, type Assessment, type AssessmentInput } from '../../src/domain';

const opened: AppDB[] = [];
afterEach(async () => {
  // Vitest runs after-hooks in reverse order, so the setup file's cleanup() would come
  // after this: unmount first, or a screen still mounted reads a database being
  // deleted (an unhandled DatabaseClosedError, seen once in four runs).
  cleanup();
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

let counter = 0;
/** A distinct, valid UUID per call. */
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** A clock that advances one second per reading, so every stamp is distinct and ordered. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** Real repositories over a throw-away database, as the app wires them. */
export function makeServices(overrides: Partial<Services> = {}): Services & { db: AppDB } {
  const db = new AppDB(`component-${crypto.randomUUID()}`);
  opened.push(db);
  const now = steppingClock();
  const local = localCopies(memoryStorage());
  const assessments = assessmentRepository(db, now, local);
  return {
    db,
    assessments,
    wizardStates: wizardStateRepository(db, now),
    backups: backupRepository(db, now),
    settings: settingsRepository(db),
    writeAhead: writeAhead(db, local, assessments),
    local,
    identities: identityRepository(db),
    trust: trustRepository(db),
    procurements: async () => procurementRepository(db),
    vendorResponses: async () => vendorResponseRepository(db),
    decisions: async () => decisionRepository(db),
    procurementWork: () => procurementWorkCount(db),
    newId: uuid,
    now,
    ...overrides,
  };
}

export function renderWithServices(ui: ReactElement, services: Services, path = '/') {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <ServicesContext.Provider value={services}>
      <Router hook={location.hook}>{ui}</Router>
    </ServicesContext.Provider>,
  );
  return { ...result, location };
}

/** An assessment made with the bundled checklist, so the wizard and import accept it. */
export async function bundledAssessment(
  overrides: Partial<Pick<AssessmentInput, 'triage' | 'answers' | 'progress' | 'mode'>> & { productName?: string; id?: string; at?: string } = {},
): Promise<Assessment> {
  const { ref } = await loadChecklist();
  const at = overrides.at ?? '2026-02-01T08:30:00.000Z';
  const base = newAssessment({
    id: overrides.id ?? uuid(),
    at,
    mode: overrides.mode ?? 'self',
    subject: { productName: overrides.productName ?? 'FaceGate', version: '2.1', organisation: 'Acme', description: '' },
    checklist: ref,
  });
  return {
    ...base,
    triage: overrides.triage ?? base.triage,
    answers: (overrides.answers as Assessment['answers'] | undefined) ?? base.answers,
    progress: (overrides.progress as Assessment['progress'] | undefined) ?? base.progress,
  };
}

/** A table row's cells keyed by their column header text. */
export function rowByColumn(table: HTMLElement, row: HTMLElement): Record<string, string> {
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent ?? '');
  const cells = [...within(row).queryAllByRole('rowheader'), ...within(row).getAllByRole('cell')];
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]?.textContent ?? '']));
}

/**
 * Matches the innermost element whose whole text is `text`, even when parts of it are
 * in child elements (a name isolated in <bdi> inside a message).
 */
export const wholeText = (text: string) => (_: string, element: Element | null) =>
  element?.textContent === text && ![...element.children].some((child) => child.textContent === text);

/** Captures what the page downloads (through `downloadBlob`): file names and their contents. */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((last = blob as Blob), 'blob:test/download'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}
