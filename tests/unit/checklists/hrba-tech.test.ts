import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash, problemsToText, resolveChecklist, STAGES, type Checklist, type ChecklistRef } from '../../../src/domain';
import { listChecklistDirs, loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const FIXTURE = 'tests/unit/__fixtures__/item-ids.json';
const VERSIONS = listChecklistDirs(root('checklists')).filter((d) => d.id === 'hrba-tech');

async function load(dir: string): Promise<{ checklist: Checklist; ref: ChecklistRef }> {
  const loaded = await loadChecklistDir(dir, loadSourcesRegistry(root('checklists')));
  if (!loaded.ok) throw new Error(`${dir} does not validate:\n${problemsToText(loaded.problems)}`);
  return loaded;
}

it('bundles hrba-tech 1.0.0 and at least one later version', () => {
  expect(VERSIONS.map((v) => v.version)).toContain('1.0.0');
  expect(VERSIONS.length).toBeGreaterThan(1);
});

describe.each(VERSIONS)('the shipped hrba-tech checklist $version', ({ dir, version }) => {
  let checklist: Checklist;
  let ref: ChecklistRef;
  beforeAll(async () => {
    ({ checklist, ref } = await load(dir));
  });

  it('validates against the schema and the sources registry, with at least one item per stage', () => {
    for (const stage of STAGES) expect(checklist.items.some((i) => i.stage === stage), stage).toBe(true);
  });

  it('reports a reference whose hash is the content hash of what was loaded', async () => {
    expect(ref).toMatchObject({ id: 'hrba-tech', version });
    expect(ref.contentHash).toBe(await contentHash(checklist));
  });

  it('shows a builder no buyer-only item and a buyer no builder-only item', () => {
    for (const [role, hidden] of [['builder', 'buyer'], ['buyer', 'builder']] as const) {
      const applicable = STAGES.flatMap((s) => resolveChecklist(checklist, { role }).applicable[s]);
      expect(applicable.filter((i) => i.perspective === hidden).map((i) => i.id), role).toEqual([]);
    }
  });
});

/**
 * Stored answers are keyed by item id, so an id may never disappear without a successor
 * (or be reused for another question). Across versions: every id ever issued is in the
 * newest version, or a later version's `upgradeFrom` retired or merged it, and a retired
 * id never comes back. New ids are welcome: append them to the fixture so they are
 * protected too. Never delete a line from it.
 */
describe(`item ids listed in ${FIXTURE}`, () => {
  it('are all kept by the newest version or retired by an upgrade note, and no retired id is reused', async () => {
    const committed = JSON.parse(readFileSync(root(FIXTURE), 'utf8')) as string[];
    expect(new Set(committed).size, `${FIXTURE} lists an id twice`).toBe(committed.length);
    const loaded = await Promise.all(VERSIONS.map((v) => load(v.dir)));
    const retired = new Map<string, string>();
    const reused: string[] = [];
    for (const { checklist } of loaded) {
      for (const item of checklist.items) if (retired.has(item.id)) reused.push(`${item.id} (retired in ${retired.get(item.id)}, back in ${checklist.version})`);
      for (const [id, c] of Object.entries(checklist.upgradeFrom?.items ?? {})) {
        if (c.change !== 'meaning-changed') retired.set(id, checklist.version);
      }
    }
    expect(reused, 'retired or merged ids must never be reused').toEqual([]);
    const newest = loaded.at(-1)!.checklist;
    const current = new Set(newest.items.map((i) => i.id));
    const removed = committed.filter((id) => !current.has(id) && !retired.has(id));
    expect(
      removed,
      `Item ids ${removed.join(', ')} are missing from ${newest.version} without an upgradeFrom note. Ids are stable forever because stored answers are keyed by them: restore the items, or list them as merged or retired.`,
    ).toEqual([]);
    const everIssued = new Set(loaded.flatMap((l) => l.checklist.items.map((i) => i.id)));
    const added = [...everIssued].filter((id) => !committed.includes(id));
    expect(added, `New checklist item ids are not yet protected; append them to ${FIXTURE}`).toEqual([]);
  });
});

/**
 * A released version is frozen: assessments and files pin it by this hash, so any edit
 * to a released folder (even a space) would strand them. Change content in a new version.
 * (1.1.0 gained option help once, which refused every 1.1.0 file made before; 1.2.0 carries it.)
 */
it.each([
  ['1.0.0', 'sha256:fa20158db2616f204352815708d1401e113828a746fdb3ba8162c25c82ace6ea'],
  ['1.1.0', 'sha256:a2764c6853e28d616cf622655b1076314893dc2c5502c9275b91addc17099733'],
])('keeps hrba-tech %s byte-for-byte the content that was released', async (version, hash) => {
  const released = VERSIONS.find((v) => v.version === version)!;
  expect((await load(released.dir)).ref.contentHash).toBe(hash);
});
