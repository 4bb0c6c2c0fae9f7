import type { TrailEvent } from './event';

/**
 * The language each item's current answer was given in, read from the trail: the last
 * `answer.set` of an item names it (`language`), or null when it was answered before the
 * language was recorded, or through a path that does not record it (an import, a revision's copy).
 */
export function answerLanguages(trail: readonly Pick<TrailEvent, 'change'>[]): Map<string, string | null> {
  const languages = new Map<string, string | null>();
  for (const { change } of trail) {
    if (change.type !== 'answer.set' || typeof change.itemId !== 'string') continue;
    languages.set(change.itemId, typeof change.language === 'string' ? change.language : null);
  }
  return languages;
}

/** How many of `itemIds` were last answered in each language (null: not recorded), most first. */
export function countAnswerLanguages(languages: ReadonlyMap<string, string | null>, itemIds: Iterable<string>): { language: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const id of itemIds) {
    if (!languages.has(id)) continue;
    const language = languages.get(id) ?? null;
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts].map(([language, count]) => ({ language, count })).sort((a, b) => b.count - a.count);
}
