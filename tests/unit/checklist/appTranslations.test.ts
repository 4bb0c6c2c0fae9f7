import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChecklist } from '../../../src/app/checklistCatalog';
import { checklistLanguages, localizedChecklist } from '../../../src/app/checklistTranslations';
import { languages } from '../../../scripts/checklist-translations';

const CHECKLIST = resolve(import.meta.dirname, '../../../checklists/hrba-tech');

describe('the app’s checklist translations', () => {
  it('bundles exactly the translations on disk', () => {
    expect(checklistLanguages('hrba-tech')).toEqual(languages(CHECKLIST));
  });

  it('has none for English, the source', async () => {
    const { checklist } = await loadChecklist('hrba-tech');
    expect(await localizedChecklist(checklist, 'en')).toBeNull();
  });

  it('shows every item of the translated version in the language, marked as not yet reviewed until signed off', async () => {
    for (const language of checklistLanguages('hrba-tech')) {
      const manifest = JSON.parse(readFileSync(resolve(CHECKLIST, 'translations', language, 'checklist.json'), 'utf8')) as { translates: string; review: unknown };
      const { checklist } = await loadChecklist('hrba-tech', manifest.translates);
      const seen = await localizedChecklist(checklist, language);
      expect(seen?.inEnglish, language).toEqual([]);
      expect(seen?.review, language).toEqual(manifest.review);
      const unchanged = seen!.checklist.items.filter((item, i) => item.question === checklist.items[i]!.question);
      expect(unchanged.map((i) => i.id), language).toEqual([]);
    }
  });
});
