import { createContext, useContext } from 'react';
import {
  appDb,
  localCopies,
  settingsRepository,
  wizardStateRepository,
  prepareDatabase,
  type AppDB,
  type AssessmentRepository,
  type BackupRepository,
  type IdentityRepository,
  type LocalCopies,
  type SettingsRepository,
  type TrustRepository,
  type WizardStateRepository,
  type WriteAhead,
} from '../db';
import type { ProcurementRepository } from '../db/procurements';
import { procurementWorkCount } from '../db/workCounts';
import { lazyAssessments, lazyWriteAhead } from './lazyStore';
import { lazyIdentities, lazyTrust } from './lazyIdentities';
import type { VendorResponseRepository } from '../db/vendorResponses';
import type { DecisionRepository } from '../db/decisions';

/**
 * What the UI needs from the outside world, in one place, so component tests can
 * hand in repositories over a throw-away database and a fixed clock.
 */
export interface Services {
  assessments: AssessmentRepository;
  wizardStates: WizardStateRepository;
  backups: BackupRepository;
  settings: SettingsRepository;
  /** Crash-safe copies of unsaved edits, and their replay. */
  writeAhead: WriteAhead;
  /** What is kept outside IndexedDB (the store marker among it). */
  local: LocalCopies;
  /** Signing identities (certificate + non-extractable key) kept on this device. */
  identities: IdentityRepository;
  /** Certificates the person trusts when verifying signatures. */
  trust: TrustRepository;
  /**
   * The buyer's procurements, vendors' responses and evidence files. Loaded on first use:
   * the procurement code (its zod schemas run at module load) stays out of the first screen.
   */
  procurements: () => Promise<ProcurementRepository>;
  /** A vendor's responses while they are written; loaded on first use, like `procurements`. */
  vendorResponses: () => Promise<VendorResponseRepository>;
  /** The buyer's decisions on procurements; loaded on first use, like `procurements`. */
  decisions: () => Promise<DecisionRepository>;
  /** How many procurements and vendor responses are stored (light: no procurement code). */
  procurementWork: () => Promise<number>;
  newId: () => string;
  now: () => Date;
}

/** Readies the app's database before the first screen reads it (see prepareDatabase). */
export function prepareStorage(): Promise<void> {
  return prepareDatabase();
}

export function defaultServices(): Services {
  const db = appDb();
  const local = localCopies();
  const assessments = lazyAssessments(db, local);
  return {
    assessments,
    wizardStates: wizardStateRepository(db),
    backups: lazyBackups(db),
    settings: settingsRepository(db),
    writeAhead: lazyWriteAhead(db, local, assessments),
    local,
    identities: lazyIdentities(db),
    trust: lazyTrust(db),
    procurements: () => import('../db/procurements').then((m) => m.procurementRepository(db)),
    vendorResponses: () => import('../db/vendorResponses').then((m) => m.vendorResponseRepository(db)),
    decisions: () => import('../db/decisions').then((m) => m.decisionRepository(db)),
    procurementWork: () => procurementWorkCount(db),
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
}

/** Backup and restore load their code (the backup format, its encryption, the restore plan) on first use, not with the home page. */
function lazyBackups(db: AppDB): BackupRepository {
  const repository = () => import('../db/backup').then((m) => m.backupRepository(db));
  return {
    contents: async () => (await repository()).contents(),
    storedFor: async (ids) => (await repository()).storedFor(ids),
    restore: async (steps, unreadable) => (await repository()).restore(steps, unreadable),
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesContext.Provider>');
  return services;
}

export const APP_NAME = 'HRBA@Tech due diligence';
export const APP_VERSION = '0.1.0';
