import { formatPath, type Problem } from '../problems';

/**
 * A cheap scan over JSON text before it is parsed. It bounds what parsing and the
 * schemas would otherwise build, recurse into or loop over: nesting depth, the size
 * of any one list or object, and the number of values in all. A container is
 * refused as soon as it grows past the limit, before the rest of it is even read,
 * so a million-element array costs one pass over ~10,000 of its elements and a
 * file nested a million levels deep is refused at level 17. The text is assumed to
 * be JSON only as far as brackets, strings and commas go; JSON.parse judges the rest.
 */
export const JSON_SHAPE_LIMITS = {
  /** The deepest real path (assessment.answers.X.evidence[i].url) is 6 levels. */
  depth: 16,
  /** No list or map in the format is longer than a few thousand entries. */
  entries: 10_000,
  /** Every value counted once; far above a full assessment (~50,000). */
  values: 1_000_000,
} as const;

interface Open {
  isArray: boolean;
  count: number;
  key: string | null;
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
        return { path: '(file)', message: `holds more than ${JSON_SHAPE_LIMITS.values.toLocaleString('en')} values; no assessment file is that large` };
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
      top.key = text.slice(lastString[0], Math.min(lastString[1], lastString[0] + 100));
    } else if (c === 0x2c && top) {
      top.count++;
      if (top.count > JSON_SHAPE_LIMITS.entries) {
        return {
          path: at(),
          message: `has more than ${JSON_SHAPE_LIMITS.entries.toLocaleString('en')} ${top.isArray ? 'elements' : 'keys'}; no list or map in an assessment file has that many`,
        };
      }
    } else if (c === 0x5b || c === 0x7b) {
      stack.push({ isArray: c === 0x5b, count: 0, key: null, used: false });
      if (stack.length > JSON_SHAPE_LIMITS.depth) {
        return { path: at(), message: `is nested more than ${JSON_SHAPE_LIMITS.depth} levels deep; no field of an assessment file is` };
      }
    } else if (c === 0x5d || c === 0x7d) {
      stack.pop();
    }
    lastString = null;
  }
  return null;
}

/** The path step from a container to the child container now open inside it. */
function pathStep(parent: Open): PropertyKey {
  return parent.isArray ? parent.count - 1 : (parent.key ?? '?');
}
