/**
 * The content policy (checklists/README.md) over every bundled version that declares
 * `"policy": 2`. Version 1.0.0 predates the policy and is frozen, so it is not held to it.
 * Each rule also runs over content broken on purpose, so a rule that stopped finding
 * breaches fails here too.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { policyProblems, problemsToText, type Checklist, type SourcesRegistry } from '../../../src/domain';
import { listChecklistDirs, loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deadProfileOptions, easyReadBreaches, gapTitleBreaches, redFlagPolicyBreaches, unsupportedRedFlags, voicelessCitations } from './policyRules';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const manifestPolicy = (dir: string) => (JSON.parse(readFileSync(join(dir, 'checklist.json'), 'utf8')) as { policy?: number }).policy ?? 1;
const ALL = listChecklistDirs(root('checklists'));
const POLICY_2 = ALL.filter((d) => manifestPolicy(d.dir) >= 2);
const POLICY_3 = ALL.filter((d) => manifestPolicy(d.dir) >= 3);

async function load(dir: string): Promise<{ checklist: Checklist; registry: SourcesRegistry }> {
  const registry = loadSourcesRegistry(root('checklists'));
  const loaded = await loadChecklistDir(dir, registry);
  if (!loaded.ok) throw new Error(`${dir} does not validate:\n${problemsToText(loaded.problems)}`);
  return { checklist: loaded.checklist, registry };
}

describe.runIf(POLICY_2.length > 0).each(POLICY_2)('content policy 2 in $id $version', ({ dir }) => {
  let checklist: Checklist;
  let registry: SourcesRegistry;
  beforeAll(async () => {
    ({ checklist, registry } = await load(dir));
  });

  it('raises every red flag on "No" and "Don’t know", and on "Partly" exactly where the item says so', () => {
    expect(redFlagPolicyBreaches(checklist)).toEqual([]);
  });

  it('rests every red flag on at least one authoritative source', () => {
    expect(unsupportedRedFlags(checklist, registry)).toEqual([]);
  });

  it('says who speaks in every cited passage of a seed document', () => {
    expect(voicelessCitations(checklist, registry)).toEqual([]);
  });

  it('offers no profile option that switches nothing on', () => {
    expect(deadProfileOptions(checklist)).toEqual([]);
  });

  it('writes every easy-read line as a short yes/no question in plain words', () => {
    expect(easyReadBreaches(checklist)).toEqual([]);
  });
});

describe.runIf(POLICY_3.length > 0).each(POLICY_3)('content policy 3 in $id $version', ({ dir }) => {
  let checklist: Checklist;
  beforeAll(async () => {
    ({ checklist } = await load(dir));
  });

  it('explains every profile choice and gives every item a gap title', () => {
    expect(policyProblems(checklist)).toEqual([]);
  });

  it('words every gap title as the gap, short, never as the question', () => {
    expect(gapTitleBreaches(checklist)).toEqual([]);
  });
});

describe('the policy rules find breaches (checked on 1.0.0, written before the policy)', () => {
  let checklist: Checklist;
  let registry: SourcesRegistry;
  beforeAll(async () => {
    ({ checklist, registry } = await load(ALL.find((d) => d.id === 'hrba-tech' && d.version === '1.0.0')!.dir));
  });

  it('finds the red flags 1.0.0 raises on "No" only', () => {
    expect(redFlagPolicyBreaches(checklist)).toContain('CON-05: "unknown" does not raise its red flag');
  });

  it('finds a red flag resting only on supporting sources, and a citation without a voice', () => {
    const con04 = checklist.items.find((i) => i.id === 'CON-04')!;
    const weakened = { ...checklist, items: [{ ...con04, citations: con04.citations.filter((c) => c.source !== 'UNGP') }] };
    expect(unsupportedRedFlags(weakened, registry)).toEqual([expect.stringMatching(/^CON-04: no authoritative citation/)]);
    const noVoices = { ...registry, documents: Object.fromEntries(Object.entries(registry.documents).map(([k, d]) => [k, { ...d, voice: undefined, voices: undefined, sectionVoices: undefined }])) };
    expect(voicelessCitations(checklist, noVoices).length).toBeGreaterThan(0);
  });

  it('finds profile options and yes/no questions without help, and items without a gap title, once the policy is 3', () => {
    expect(policyProblems(checklist)).toEqual([]);
    const paths = policyProblems({ ...checklist, policy: 3 }).map((p) => p.path);
    expect(paths).toContain('triage[3] (setting).options[0] (public-service).help');
    expect(paths).toEqual(expect.arrayContaining([expect.stringMatching(/\(ai-adm\)\.help$/), expect.stringMatching(/^triage\[\d+\] \(emergency\)\.help$/), 'items[0] (CON-01).gapTitle']));
  });

  it('finds gap titles worded as questions or too long', () => {
    const item = checklist.items[0]!;
    const titles = ['Have you got a legal basis?', 'No legal basis', 'x'.repeat(101)];
    expect(gapTitleBreaches({ ...checklist, items: titles.map((gapTitle, k) => ({ ...item, id: `CON-9${k}`, gapTitle })) })).toEqual([
      'CON-90: worded as a question ("Have you got a legal basis?")',
      'CON-92: 101 characters (at most 100)',
    ]);
  });

  it('finds an option no rule reads', () => {
    const setting = checklist.triage.find((q) => q.id === 'setting')!;
    const withUnread = { ...checklist, triage: checklist.triage.map((q) => (q === setting ? { ...q, options: [...q.options, { value: 'unread-option', label: 'Nobody reads this' }] } : q)) };
    expect(deadProfileOptions(withUnread)).toContain('setting: unread-option');
  });

  it('finds easy-read lines that are statements, too long or full of jargon', () => {
    const item = checklist.items[0]!;
    const lines = ['People can see the information you hold about them.', 'Why do you keep it?', `Do you ${'really '.repeat(20)}ask?`, 'Does the platform share data?'];
    const breaches = easyReadBreaches({ ...checklist, items: lines.map((easyRead, k) => ({ ...item, id: `CON-9${k}`, easyRead })) });
    expect(breaches).toEqual(
      expect.arrayContaining(['CON-90: not a question ("People can see the information you hold about them.")', 'CON-91: not a yes/no question ("Why do you keep it?")', 'CON-92: 23 words (at most 20)', 'CON-93: uses "data"', 'CON-93: uses "platform"']),
    );
    const long = `Do you ${'truly '.repeat(15)}ask them?`;
    expect(easyReadBreaches({ ...checklist, items: [{ ...item, easyRead: long }] })).toEqual(['easy-read lines average 19.0 words (at most 15)']);
  });
});
