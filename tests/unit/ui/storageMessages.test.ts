import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentDamagedError, AssessmentNotFoundError } from '../../../src/db';
import { problem, ProblemError } from '../../../src/domain/problems';
import { switchLanguage } from '../../../src/i18n/language';
import { currentIntl } from '../../../src/i18n/react';
import { failureReason, ReadOnlyTabError, storageMessage } from '../../../src/ui/common/storageMessages';
import { RequestFrozenError } from '../../../src/db/procurements';
import { ResponseExportedError } from '../../../src/db/vendorResponses';
import { loadClauseLibrary } from '../../../src/app/clauseLibrary';
import { catalogueText } from '../../component/catalogueText';

afterEach(() => switchLanguage('en', false));

describe('a stored assessment that cannot be read, in the chosen language', () => {
  it('names the first problem of a damaged row in French, with its place, not in the domain’s English', async () => {
    await switchLanguage('fr', false);
    const error = new AssessmentDamagedError('a-1', [problem('subject.productName', 'text-too-long', { max: 200 }), problem('mode', 'invalid')]);
    const words = storageMessage(error, currentIntl());
    const first = catalogueText('fr', 'Use at most {max, number} characters.', { max: 200 });
    const line = catalogueText('fr', '{path}: {problem}', { path: '\u2068subject › productName\u2069', problem: first }, 'A problem found in a file or form');
    expect(words.problem).toBe(catalogueText('fr', 'the stored assessment fails its checks ({problem}).', { problem: line }));
    expect(words.problem).not.toContain('damaged');
    // The English stays for the technical details only.
    expect(words.detail).toContain('subject.productName: Use at most 200 characters.');
  });

  it('says a deleted assessment is gone, in Arabic', async () => {
    await switchLanguage('ar', false);
    expect(storageMessage(new AssessmentNotFoundError('a-2'), currentIntl()).problem).toBe(catalogueText('ar', 'this assessment is no longer stored on this device.'));
  });
});

describe('failures the browser names in other ways', () => {
  it('finds the full disk inside a Dexie bulk error’s failures, and says it in French', async () => {
    await switchLanguage('fr', false);
    const bulk = Object.assign(new Error('2 of 3 operations failed'), { name: 'BulkError', failures: [new DOMException('The quota has been exceeded.', 'QuotaExceededError')] });
    const words = storageMessage(bulk, currentIntl());
    expect(words.problem).toBe(catalogueText('fr', 'this device’s storage is full.'));
    expect(words.detail).toBe('BulkError: 2 of 3 operations failed ← QuotaExceededError: The quota has been exceeded.');
  });

  it('says in Arabic that another tab holds the assessment, and how to edit here', async () => {
    await switchLanguage('ar', false);
    const words = storageMessage(new ReadOnlyTabError(), currentIntl());
    expect(words.problem).toBe(catalogueText('ar', 'this assessment is open for editing in another tab, so this tab cannot change it.'));
    expect(words.advice).toBe(catalogueText('ar', 'Make the change in the other tab, or press “Edit here instead” to edit in this one.'));
  });

  it('a clause library version this installation lacks is a problem with a code, worded in French', async () => {
    await switchLanguage('fr', false);
    const error = await loadClauseLibrary('9.9.9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    const words = storageMessage(error, currentIntl());
    const [before] = catalogueText('fr', 'Uses version {version} of the clause library; this installation has {available}.', { version: '9.9.9', available: '@' }).split('@');
    expect(words.problem.startsWith(before!)).toBe(true);
  });
});

describe('a change the procurement refuses', () => {
  it('says in French that a sent request cannot change, and in Arabic that an exported response cannot', async () => {
    await switchLanguage('fr', false);
    expect(failureReason(new RequestFrozenError('r-1'), currentIntl())).toBe(catalogueText('fr', 'this request was sent to vendors and can no longer change; make a new request instead.'));
    await switchLanguage('ar', false);
    expect(failureReason(new ResponseExportedError('v-1'), currentIntl())).toBe(catalogueText('ar', 'this response was exported and can no longer change.'));
  });
});
