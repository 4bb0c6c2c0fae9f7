import type { z } from 'zod';
import { canonicalJson, sha256Hex } from '../canonical';
import { authorZodIssues as formatZodIssues } from './authorProblems';
import { ChecklistItemSchema, ChecklistSchema, type Checklist } from './schema';
import type { SourcesRegistry } from './sources';
import { checklistProblems, restoreChecklist } from './validate';

/**
 * The same checks as `restoreChecklist` and the same hash as `contentHash`, done in
 * slices with `pause()` between them, so the browser can draw and take input while a
 * checklist of a hundred items is validated (one pass took 100–200 ms on a busy
 * machine: a long task on every start). The result is identical; the tests hold both
 * side by side.
 */

const ITEMS_PER_SLICE = 12;

type Restored = ReturnType<typeof restoreChecklist>;

export async function restoreChecklistStepwise(input: unknown, registry: SourcesRegistry, pause: () => Promise<void>): Promise<Restored> {
  const items = (input as { items?: unknown } | null)?.items;
  // Anything but an object with a non-empty item list is refused by the one-pass check, with its words.
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !Array.isArray(items) || items.length === 0) {
    return restoreChecklist(input, registry);
  }
  const { items: _items, ...rest } = input as Record<string, unknown>;
  const head = ChecklistSchema.omit({ items: true }).safeParse(rest);
  const issues: z.core.$ZodIssue[] = head.success ? [] : [...head.error.issues];
  const parsedItems: unknown[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_SLICE) {
    await pause();
    items.slice(start, start + ITEMS_PER_SLICE).forEach((item, k) => {
      const one = ChecklistItemSchema.safeParse(item);
      if (one.success) parsedItems.push(one.data);
      else issues.push(...one.error.issues.map((issue) => ({ ...issue, path: ['items', start + k, ...issue.path] })));
    });
  }
  if (issues.length || !head.success) return { ok: false, problems: formatZodIssues(issues) };
  await pause();
  const checklist: Checklist = { ...head.data, items: parsedItems as Checklist['items'] };
  const problems = checklistProblems(checklist, registry);
  return problems.length ? { ok: false, problems } : { ok: true, checklist };
}

/**
 * `contentHash(checklist)`, with the item list serialised in slices. Canonical JSON
 * of an object is its keys in code-unit order, each `"key":value`; of an array, its
 * entries in order: so the pieces, joined, are the one-pass text exactly.
 */
export async function checklistHashStepwise(checklist: Checklist, pause: () => Promise<void>): Promise<string> {
  const keys = Object.keys(checklist).filter((k) => (checklist as Record<string, unknown>)[k] !== undefined).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const value = (checklist as Record<string, unknown>)[key];
    if (key !== 'items') {
      parts.push(`${canonicalJson(key)}:${canonicalJson(value)}`);
      continue;
    }
    const texts: string[] = [];
    for (let start = 0; start < checklist.items.length; start += ITEMS_PER_SLICE) {
      await pause();
      texts.push(...checklist.items.slice(start, start + ITEMS_PER_SLICE).map((item) => canonicalJson(item)));
    }
    parts.push(`${canonicalJson(key)}:[${texts.join(',')}]`);
  }
  return `sha256:${await sha256Hex(`{${parts.join(',')}}`)}`;
}
