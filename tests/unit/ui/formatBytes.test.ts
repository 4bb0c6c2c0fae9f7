import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/ui/storage/deviceStorage';

/** French puts a no-break space between number and unit: compared as a plain space. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatBytes', () => {
  it('names bytes in the plural where the language has one, and larger units by their symbol', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(plain(formatBytes(999, 'fr'))).toBe('999 octets');
    expect(formatBytes(12_345)).toBe('12 kB');
    expect(formatBytes(3_400_000)).toBe('3.4 MB');
    expect(plain(formatBytes(10_000_000_000, 'fr'))).toBe('10 Go');
  });
});
