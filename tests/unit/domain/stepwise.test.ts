import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistHashStepwise, contentHash, restoreChecklist, restoreChecklistStepwise, assembleChecklist } from '../../../src/domain';
import { loadSourcesRegistry, readJsonFile } from '../../../src/node/loadChecklist';

const ROOT = join(__dirname, '../../../checklists');
const registry = loadSourcesRegistry(ROOT);

function assembled(version: string): Record<string, unknown> {
  const dir = join(ROOT, 'hrba-tech', version);
  const result = assembleChecklist(readJsonFile(join(dir, 'checklist.json')), (file) => readJsonFile(join(dir, file)));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value as Record<string, unknown>;
}

/** Counts the pauses, so the test also proves the work was sliced. */
function pauses() {
  const counter = { n: 0, pause: async () => void (counter.n += 1) };
  return counter;
}

describe('checklist validation and hash in slices give exactly the one-pass results', () => {
  it.each(['1.0.0', '1.1.0', '1.2.0'])('bundled checklist %s: same checklist, same hash', async (version) => {
    const input = assembled(version);
    const counter = pauses();
    const sliced = await restoreChecklistStepwise(structuredClone(input), registry, counter.pause);
    const whole = restoreChecklist(structuredClone(input), registry);
    expect(whole.ok).toBe(true);
    expect(sliced).toEqual(whole);
    expect(counter.n).toBeGreaterThan(2);
    if (!whole.ok || !sliced.ok) return;
    expect(await checklistHashStepwise(sliced.checklist, counter.pause)).toBe(await contentHash(whole.checklist));
  });

  it('reports the same problems, with the same paths, for a checklist broken in its head and in a late item', async () => {
    const input = assembled('1.1.0');
    const items = [...(input.items as Record<string, unknown>[])];
    items[30] = { ...items[30], stage: 'someday', question: 'short' };
    items[2] = { ...items[2], surprise: true };
    const broken = { ...input, title: '', items };
    const sliced = await restoreChecklistStepwise(broken, registry, pauses().pause);
    expect(sliced.ok).toBe(false);
    expect(sliced).toEqual(restoreChecklist(broken, registry));
    if (!sliced.ok) expect(sliced.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['title', expect.stringMatching(/^items\[30\]/), expect.stringMatching(/^items\[2\]/)]));
  });

  it('falls back to the one-pass words for input that is not a checklist at all', async () => {
    for (const input of [null, [], { items: [] }, { items: 'x' }, 'text']) {
      expect(await restoreChecklistStepwise(input, registry, pauses().pause)).toEqual(restoreChecklist(input, registry));
    }
  });

  it('a cross-check problem (an unknown right) is found as in one pass', async () => {
    const input = assembled('1.0.0');
    const items = [...(input.items as Record<string, unknown>[])];
    items[5] = { ...items[5], rights: ['no-such-right'] };
    const broken = { ...input, items };
    const sliced = await restoreChecklistStepwise(broken, registry, pauses().pause);
    expect(sliced.ok).toBe(false);
    expect(sliced).toEqual(restoreChecklist(broken, registry));
  });
});
