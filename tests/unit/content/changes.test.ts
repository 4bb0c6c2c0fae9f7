/**
 * The figures in checklists/hrba-tech/1.1.0/CHANGES.md (how the citations of 1.0.0 fared in
 * 1.1.0, who speaks in them, red flags, good-practice notes) recomputed from the content
 * files, so the document cannot drift from what ships. The judgement behind each kept or
 * removed citation is the authors'; the counts are checked here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationAuthority, citationKey, citationVoice, problemsToText, type Checklist, type Citation, type SourcesRegistry } from '../../../src/domain';
import { loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const DOC = readFileSync(root('checklists/hrba-tech/1.1.0/CHANGES.md'), 'utf8');

let registry: SourcesRegistry;
let older: Checklist;
let newer: Checklist;
beforeAll(async () => {
  registry = loadSourcesRegistry(root('checklists'));
  const load = async (v: string) => {
    const loaded = await loadChecklistDir(root(`checklists/hrba-tech/${v}`), registry);
    if (!loaded.ok) throw new Error(problemsToText(loaded.problems));
    return loaded.checklist;
  };
  [older, newer] = await Promise.all([load('1.0.0'), load('1.1.0')]);
});

const seed = (c: Citation) => c.source === 'DOC';
const seedCitations = (cl: Checklist) => cl.items.flatMap((i) => i.citations.filter(seed));
/** A table row of CHANGES.md: "| label | a | b |", with any spacing. */
const row = (label: string, ...cells: (string | number)[]) => new RegExp(`^\\|\\s*${label.replace(/[().]/g, '\\$&')}\\s*\\|${cells.map((c) => `\\s*${c}\\s*\\|`).join('')}\\s*$`, 'm');

describe('checklists/hrba-tech/1.1.0/CHANGES.md', () => {
  it('reports how the seed citations of 1.0.0 fared, by item or the item it merged into', () => {
    const successor = Object.fromEntries(Object.entries(newer.upgradeFrom!.items).flatMap(([id, c]) => (c.change === 'merged' ? [[id, c.into!]] : [])));
    const after = new Set(newer.items.flatMap((i) => i.citations.filter(seed).map((c) => `${i.id}|${citationKey(c)}`)));
    const before = older.items.flatMap((i) => i.citations.filter(seed).map((c) => `${successor[i.id] ?? i.id}|${citationKey(c)}`));
    const kept = before.filter((k) => after.has(k)).length;
    const oldIds = new Set(older.items.map((i) => i.id));
    const added = [...after].filter((k) => !before.includes(k));
    const onCarried = added.filter((k) => oldIds.has(k.split('|')[0]!)).length;
    expect(DOC).toMatch(row('Seed-document citations', seedCitations(older).length, seedCitations(newer).length));
    expect(DOC).toMatch(row('Kept (on the item, or on the item it was merged into)', kept, '—'));
    expect(DOC).toMatch(row('Removed: the passage did not say what the item relies on', before.length - kept, '—'));
    expect(DOC).toMatch(row('Added to items that carried on', '—', onCarried));
    expect(DOC).toMatch(row('On the new items', '—', added.length - onCarried));
  });

  it('reports who speaks in the citations of the two panel reports, before and after', () => {
    for (const doc of ['ohchr-2023-digital-divides', 'ohchr-2022-covid-technologies'] as const) {
      const count = (cl: Checklist, voice: string) => seedCitations(cl).filter((c) => c.source === 'DOC' && c.doc === doc && citationVoice(c, registry) === voice).length;
      const total = (cl: Checklist) => seedCitations(cl).filter((c) => c.source === 'DOC' && c.doc === doc).length;
      expect(DOC).toMatch(row(`${doc}: all`, total(older), total(newer)));
      for (const voice of ['ohchr-conclusions', 'high-commissioner-opening', 'opening-statement', 'panellist', 'discussion', 'concluding-remarks', 'closing-remarks']) {
        if (count(older, voice) + count(newer, voice) === 0) continue;
        expect(DOC).toMatch(row(`${doc}: ${voice}`, count(older, voice), count(newer, voice)));
      }
    }
  });

  it('reports red flags, their authoritative sources and the good-practice notes', () => {
    const flags = (cl: Checklist) => cl.items.filter((i) => i.redFlag);
    const withConclusion = (cl: Checklist) => flags(cl).filter((i) => i.citations.some((c) => c.source === 'DOC' && citationAuthority(c, registry) === 'authoritative')).length;
    const onlyGlion = (cl: Checklist) => cl.items.filter((i) => i.citations.filter(seed).length > 0 && i.citations.filter(seed).every((c) => c.source === 'DOC' && c.doc === 'glion-ix-2023'));
    expect(DOC).toMatch(row('Red-flag items', flags(older).length, flags(newer).length));
    expect(DOC).toMatch(row('… resting on a UNGP or an OHCHR conclusion', flags(older).filter((i) => i.citations.some((c) => citationAuthority(c, registry) === 'authoritative')).length, flags(newer).length));
    expect(DOC).toMatch(row('… citing an OHCHR conclusion', withConclusion(older), withConclusion(newer)));
    expect(DOC).toMatch(row('Red flags whose only seed source is Glion', onlyGlion(older).filter((i) => i.redFlag).length, onlyGlion(newer).filter((i) => i.redFlag).length));
    expect(DOC).toMatch(row('Items whose only seed source is Glion', onlyGlion(older).length, onlyGlion(newer).length));
    expect(DOC).toMatch(row('Items with a good-practice note', older.items.filter((i) => i.goodPractice).length, newer.items.filter((i) => i.goodPractice).length));
  });
});
