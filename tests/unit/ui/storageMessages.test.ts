import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentDamagedError, AssessmentNotFoundError } from '../../../src/db';
import { problem } from '../../../src/domain/problems';
import { switchLanguage } from '../../../src/i18n/language';
import { currentIntl } from '../../../src/i18n/react';
import { storageMessage } from '../../../src/ui/common/storageMessages';
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
