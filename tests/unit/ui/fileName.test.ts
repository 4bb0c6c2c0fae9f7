import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/ui/common/download';

const DAY = new Date('2026-11-22T10:00:00.000Z');

describe('fileNameFor', () => {
  it('keeps letters of every script', () => {
    expect(fileNameFor('Kestrel Łódź', DAY, '.pdf')).toBe('Kestrel-Łódź-2026-11-22.pdf');
    expect(fileNameFor('Αθηνά 王小明 प्रिया', DAY, '.pdf')).toBe('Αθηνά-王小明-प्रिया-2026-11-22.pdf');
  });

  it('drops what a file system refuses or reads as a path', () => {
    expect(fileNameFor('../a/b\\c: *?"<>| d.', DAY, '.html')).toBe('abc-d-2026-11-22.html');
    expect(fileNameFor('🚀', DAY, '.pdf')).toBe('assessment-2026-11-22.pdf');
  });

  it('cuts long names at 60 characters without splitting one', () => {
    const base = fileNameFor('Ł'.repeat(100), DAY, '.pdf').replace('-2026-11-22.pdf', '');
    expect([...base]).toHaveLength(60);
  });
});
