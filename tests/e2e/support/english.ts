/**
 * Whether a text looks English: it has two or more English function words as whole words.
 * The words are ones no French or Arabic sentence uses ("on", "an", "or", "but" and "as"
 * are French words and are left out); tests/unit/i18n/englishLooks.test.ts holds every French
 * message and checklist translation to that, and every English message of more than a few words
 * to the opposite.
 */
export const ENGLISH_WORDS = [
  'the', 'and', 'of', 'to', 'is', 'are', 'this', 'that', 'with', 'for', 'not', 'your', 'you', 'has', 'have',
  'been', 'was', 'will', 'can', 'yes', 'it', 'be', 'by', 'from', 'in', 'at', 'its', 'their', 'there', 'which',
  'what', 'when', 'would', 'should', 'these', 'those', 'were', 'does', 'into', 'than', 'each', 'who', 'no', 'then',
  'now', 'any', 'every', 'all', 'if', 'only', 'after', 'before', 'about', 'more', 'one', 'how', 'here', 'still', 'yet',
  'our', 'my', 'we', 'they', 'them', 'he', 'she', 'his', 'her', 'do', 'did', 'so', 'some', 'why', 'where', 'must',
  'may', 'could', 'without', 'first', 'new', 'other',
] as const;

const WORD = new RegExp(`(?<![\\p{L}\\p{N}@._/-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}@_/-])`, 'giu');

/** The English function words found in a text (each occurrence), in order. */
export function englishWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[1]!.toLowerCase());
}

export const looksEnglish = (text: string): boolean => englishWords(text).length >= 2;
