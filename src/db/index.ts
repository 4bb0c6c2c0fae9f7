export { AppDB, appDb, DB_NAME, DB_VERSION, prepareDatabase, registerUpgrades, upgradesLoaded, type TrailRow, type ChangeRowV1, type SummaryRow, type SettingRow, type JournalRow } from './appDb';
export {
  assessmentRepository,
  restoreAssessment,
  AssessmentExistsError,
  AssessmentNotFoundError,
  AssessmentDamagedError,
  type AssessmentRepository,
  type ListHead,
  type StoredAssessment,
} from './assessments';
export { wizardStateRepository, type WizardStateRepository } from './wizardStates';
export { backupRepository, type BackupRepository, type BackupContents, type RestoreStep } from './backup';
export { settingsRepository, type SettingsRepository } from './settings';
export { writeAhead, type WriteAhead, type RecoveryResult, type HeldEdit } from './writeAhead';
export { localCopies, memoryStorage, type LocalCopies, type KeyValueStorage, type WriteAheadEntry } from './localCopies';
export { planReplay } from './journal';
export { storageFailure, technicalDetail, type StorageFailure } from './storageErrors';
export { identityRepository, trustRepository, type IdentityRepository, type IdentityEntry, type TrustRepository } from './identities';
// procurementRepository is imported from './procurements' directly, for the same reason as src/domain/procurement.
