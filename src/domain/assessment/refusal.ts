// Kept apart from changes.ts: the first screen tells a refusal from a storage failure
// (storageMessages.ts) without loading the change schemas.

/**
 * Why the domain refused a change. Codes, not words: the app and the CLI name them.
 * - `revision-locked`: the revision is locked (signed); only starting revision n+1 changes anything.
 * - `audit-respondent-work`: in audit mode the respondent's statements (product, profile,
 *   answers, findings, actions, context, checklist version) are not the auditor's to change.
 */
export type RefusalCode = 'revision-locked' | 'audit-respondent-work';

export class ChangeRefusedError extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly changeType: string,
    message: string,
  ) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}

export class RevisionLockedError extends ChangeRefusedError {
  constructor(
    readonly revision: number,
    changeType: string = '',
  ) {
    super('revision-locked', changeType, `Revision ${revision} is signed and cannot change; start a new revision to edit it.`);
    this.name = 'RevisionLockedError';
  }
}
