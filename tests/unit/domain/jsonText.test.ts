import { describe, expect, it } from 'vitest';
import { readJsonObject } from '../../../src/domain/exchange/jsonText';

describe('readJsonObject', () => {
  it('says why a file is not JSON on one line, even when the quoted input holds line breaks', () => {
    // Found by the CLI fuzz test: the engine's message quoted "\n\u0001" with its raw line break.
    const read = readJsonObject('\n\u0001', 'hrba.assessment');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ path: '', code: 'file-not-json' });
    const detail = read.problem.code === 'file-not-json' ? read.problem.values.detail : '';
    expect(detail).toMatch(/JSON/);
    expect(detail).not.toMatch(/[\r\n\u2028\u2029]/);
  });
});
