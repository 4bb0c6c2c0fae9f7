import { formatPath, problem, type Problem } from '../problems';
import { TRAIL_MAX_EVENTS } from '../trail/event';

/**
 * A cheap scan over JSON text before it is parsed. It bounds what parsing and the
 * schemas would otherwise build, recurse into or loop over: nesting depth, the size
 * of any one list or object, and the number of values in all. A container is
 * refused as soon as it grows past the limit, before the rest of it is even read,
 * so a million-element array costs one pass over ~10,000 of its elements and a
 * file nested a million levels deep is refused at level 17. A key repeated in one
 * object is refused too: JSON.parse would silently keep the last, so two findings
 * with the same id would become one nobody chose. The text is assumed to
 * be JSON only as far as brackets, strings and commas go; JSON.parse judges the rest.
 */
export const JSON_SHAPE_LIMITS = {
  /** The deepest real path (assessment.answers.X.evidence[i].url) is 6 levels. */
  depth: 16,
  /** No list or map in the format is longer than a few thousand entries, except those in `longLists`. */
  entries: 10_000,
  /**
   * Lists that may legitimately be longer, by their key at the top of the file, with the
   * same bound their schema sets: a trail of 20,000 events is an ordinary year of work.
   */
  longLists: { trail: TRAIL_MAX_EVENTS } as Readonly<Record<string, number>>,
  /**
   * Every value counted once. A full assessment has ~50,000; the longest trail that fits
   * in the size limit (about 110,000 events of 8 values) needs just under 1,000,000.
   */
  values: 2_000_000,
} as const;

interface Open {
  isArray: boolean;
  count: number;
  /** The most entries it may have. */
  max: number;
  key: string | null;
  /** An object's keys so far (raw, as written), to find one written twice. */
  keys: Set<string> | null;
  /** Whether anything but white space has appeared inside it. */
  used: boolean;
}

export function jsonShapeProblem(text: string): Problem | null {
  const stack: Open[] = [];
  const at = () => formatPath(stack.slice(1).map((_, i) => pathStep(stack[i]!)));
  let values = 0;
  let inLiteral = false;
  let stringStart = -1;
  let lastString: [number, number] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringStart >= 0) {
      if (c === 0x5c) i++; // a backslash: skip the escaped character
      else if (c === 0x22) {
        lastString = [stringStart + 1, i];
        stringStart = -1;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    const structural = c === 0x3a || c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22;
    const space = c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
    // A value starts at a string, a container or the first character of a number or literal.
    if (c === 0x22 || c === 0x5b || c === 0x7b || (!structural && !space && !inLiteral)) {
      values++;
      if (values > JSON_SHAPE_LIMITS.values) {
        return problem('', 'json-too-many-values', { max: JSON_SHAPE_LIMITS.values });
      }
    }
    inLiteral = !structural && !space;
    if (space) continue;
    if (top && !top.used && c !== 0x5d && c !== 0x7d) {
      top.used = true;
      top.count = 1;
    }
    if (c === 0x22) {
      stringStart = i;
      continue;
    }
    if (c === 0x3a && top && !top.isArray && lastString) {
      const raw = text.slice(lastString[0], lastString[1]);
      const key = raw.includes('\\') ? unescapeKey(raw) : raw;
      if (top.keys!.has(key)) {
        return problem(at(), 'json-duplicate-key', { key: key.slice(0, 100) });
      }
      top.keys!.add(key);
      top.key = key.slice(0, 100);
    } else if (c === 0x2c && top) {
      top.count++;
      if (top.count > top.max) {
        return problem(at(), 'json-too-many-entries', { max: top.max, entries: top.isArray ? 'elements' : 'keys' });
      }
    } else if (c === 0x5b || c === 0x7b) {
      // Only a list directly under the top-level object may have a limit of its own.
      const named = stack.length === 1 && c === 0x5b ? JSON_SHAPE_LIMITS.longLists[stack[0]!.key ?? ''] : undefined;
      stack.push({ isArray: c === 0x5b, count: 0, max: named ?? JSON_SHAPE_LIMITS.entries, key: null, keys: c === 0x7b ? new Set() : null, used: false });
      if (stack.length > JSON_SHAPE_LIMITS.depth) {
        return problem(at(), 'json-too-deep', { max: JSON_SHAPE_LIMITS.depth });
      }
    } else if (c === 0x5d || c === 0x7d) {
      stack.pop();
    }
    lastString = null;
  }
  return null;
}

/** A key written with escapes, as JSON.parse reads it ("\u0061" and "a" are the same key). */
function unescapeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw; // not valid JSON: JSON.parse refuses the file after the scan
  }
}

/** The path step from a container to the child container now open inside it. */
function pathStep(parent: Open): PropertyKey {
  return parent.isArray ? parent.count - 1 : (parent.key ?? '?');
}
