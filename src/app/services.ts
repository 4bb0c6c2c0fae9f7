import { createContext, useContext } from 'react';
import {
  assessmentRepository,
  backupRepository,
  settingsRepository,
  wizardStateRepository,
  type AssessmentRepository,
  type BackupRepository,
  type SettingsRepository,
  type WizardStateRepository,
} from '../db';

/**
 * What the UI needs from the outside world, in one place, so component tests can
 * hand in repositories over a throw-away database and a fixed clock.
 */
export interface Services {
  assessments: AssessmentRepository;
  wizardStates: WizardStateRepository;
  backups: BackupRepository;
  settings: SettingsRepository;
  newId: () => string;
  now: () => Date;
}

export function defaultServices(): Services {
  return {
    assessments: assessmentRepository(),
    wizardStates: wizardStateRepository(),
    backups: backupRepository(),
    settings: settingsRepository(),
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
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
