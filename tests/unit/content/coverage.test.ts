/**
 * Coverage rules for every shipped version of the HRBA@Tech checklist (issue 3). Every rule
 * is computed from the real content in checklists/hrba-tech/<version>; nothing here hard-codes a result.
 * When a rule fails, fix the content (keeping item ids stable), not the rule.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  citationProblem,
  HRBA_PRINCIPLES,
  PI_PRINCIPLES,
  PI_VERIFIED_SAFEGUARDS,
  problemsToText,
  resolveChecklist,
  ruleReferences,
  STAGES,
  type Checklist,
  type ChecklistItem,
  type Citation,
  type SourcesRegistry,
  type TriageAnswers,
} from '../../../src/domain';
import { listChecklistDirs, loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

let checklist: Checklist;
let registry: SourcesRegistry;
let items: ChecklistItem[];

const VERSIONS = listChecklistDirs(root('checklists')).filter((d) => d.id === 'hrba-tech');
/** Every id ever issued: a retired id still holds its number, so a gap it leaves is not a gap. */
const ISSUED_IDS = JSON.parse(readFileSync(root('tests/unit/__fixtures__/item-ids.json'), 'utf8')) as string[];

function loadVersion(dir: string) {
  beforeAll(async () => {
    registry = loadSourcesRegistry(root('checklists'));
    const loaded = await loadChecklistDir(dir, registry);
    if (!loaded.ok) throw new Error(`${dir} does not validate:\n${problemsToText(loaded.problems)}`);
    checklist = loaded.checklist;
    items = checklist.items;
  });
}

const MIN_ITEMS = 100;
const MIN_PER_STAGE = 20;
const REQUIRED_UNGPS = ['15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '29', '30', '31'];
const BUYER_UNGPS = ['5', '6', '8'];
const MIN_ITEMS_PER_PRINCIPLE = 3;
const MIN_RED_FLAGS = 6;
const MAX_EASY_READ_WORDS = 25;
const OPTIONAL_MODULES = ['ai', 'biometrics', 'content', 'children', 'health', 'public-services', 'e-government'];
const MIN_ITEMS_PER_MODULE = 2;
const REQUIRED_GROUPS = [
  'women-girls',
  'children',
  'persons-with-disabilities',
  'older-persons',
  'indigenous-peoples',
  'minorities',
  'migrants-refugees',
  'people-in-poverty',
  'rural-communities',
];

const ids = (list: { id: string }[]) => list.map((i) => i.id);
const cites = (item: ChecklistItem, source: Citation['source'], ref: string) =>
  item.citations.some((c) => c.source === source && c.ref === ref);
const citingItems = (source: Citation['source'], ref: string, among: ChecklistItem[] = items) =>
  among.filter((i) => cites(i, source, ref));
/** Everything an item says in words, for rules about what its text covers. */
const itemText = (i: ChecklistItem) =>
  [i.question, i.easyRead, i.guidance.why, ...i.guidance.good, ...i.evidence, i.redFlag?.reason ?? ''].join('\n');
const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const missingReport = (missing: string[]) => missing.join(', ');

describe.each(VERSIONS)('coverage of the hrba-tech checklist $version', ({ dir }) => {
  loadVersion(dir);
  it(`has at least ${MIN_ITEMS} items and at least ${MIN_PER_STAGE} per stage`, () => {
    expect(items.length, `only ${items.length} items; at least ${MIN_ITEMS} are required`).toBeGreaterThanOrEqual(MIN_ITEMS);
    const short = STAGES.map((s) => [s, items.filter((i) => i.stage === s).length] as const).filter(
      ([, n]) => n < MIN_PER_STAGE,
    );
    expect(short.map(([s, n]) => `${s} has ${n}`), `stages below ${MIN_PER_STAGE} items`).toEqual([]);
  });

  it('cites every UNGP 15-24 and 29-31 from at least one item', () => {
    const missing = REQUIRED_UNGPS.filter((n) => citingItems('UNGP', n).length === 0);
    expect(missing, `UNGP principles cited by no item: ${missingReport(missing)}`).toEqual([]);
  });

  it('cites UNGP 5, 6 and 8 from buyer-perspective items', () => {
    const buyerItems = items.filter((i) => i.perspective === 'buyer');
    const missing = BUYER_UNGPS.filter((n) => citingItems('UNGP', n, buyerItems).length === 0);
    expect(missing, `UNGP principles cited by no buyer item: ${missingReport(missing)}`).toEqual([]);
  });

  it(`cites each of Privacy International's six principles from at least ${MIN_ITEMS_PER_PRINCIPLE} items, including buyer items`, () => {
    const thin = PI_PRINCIPLES.map((p) => [p, citingItems('PI', p).length] as const).filter(
      ([, n]) => n < MIN_ITEMS_PER_PRINCIPLE,
    );
    expect(thin.map(([p, n]) => `${p} (${n})`), 'PI principles cited by too few items').toEqual([]);
    const buyerItems = items.filter((i) => i.perspective === 'buyer');
    const noBuyer = PI_PRINCIPLES.filter((p) => citingItems('PI', p, buyerItems).length === 0);
    expect(noBuyer, `PI principles no buyer item turns into a procurement requirement: ${missingReport(noBuyer)}`).toEqual([]);
  });

  it(`tags and cites each of the seven HRBA@Tech principles on at least ${MIN_ITEMS_PER_PRINCIPLE} items`, () => {
    const thinTags = HRBA_PRINCIPLES.filter(
      (p) => items.filter((i) => i.principles.hrba.includes(p)).length < MIN_ITEMS_PER_PRINCIPLE,
    );
    expect(thinTags, `HRBA principles tagged (principles.hrba) on too few items: ${missingReport(thinTags)}`).toEqual([]);
    const thinCites = HRBA_PRINCIPLES.filter((p) => citingItems('HRBA', p).length < MIN_ITEMS_PER_PRINCIPLE);
    expect(thinCites, `HRBA principles cited on too few items: ${missingReport(thinCites)}`).toEqual([]);
    const untagged = items.flatMap((i) =>
      i.citations
        .filter((c) => c.source === 'HRBA' && !i.principles.hrba.includes(c.ref as (typeof HRBA_PRINCIPLES)[number]))
        .map((c) => `${i.id} cites HRBA ${c.ref}`),
    );
    expect(untagged, 'HRBA citations that the item does not also tag in principles.hrba').toEqual([]);
  });

  it(`has at least ${MIN_RED_FLAGS} red-flag items`, () => {
    const flagged = items.filter((i) => i.redFlag);
    expect(flagged.length, `only ${flagged.length} red-flag items (${ids(flagged).join(', ')})`).toBeGreaterThanOrEqual(
      MIN_RED_FLAGS,
    );
  });

  it('gives every item easy-read text, evidence expected and citations of all four kinds', () => {
    const problems: string[] = [];
    for (const i of items) {
      const words = wordCount(i.easyRead);
      if (words === 0) problems.push(`${i.id}: no easy-read text`);
      if (words > MAX_EASY_READ_WORDS) problems.push(`${i.id}: easy-read text has ${words} words (max ${MAX_EASY_READ_WORDS})`);
      if (i.evidence.filter((e) => e.trim()).length === 0) problems.push(`${i.id}: no evidence expected`);
      for (const source of ['UNGP', 'PI', 'HRBA', 'DOC'] as const) {
        if (!i.citations.some((c) => c.source === source)) problems.push(`${i.id}: no ${source} citation`);
      }
    }
    expect(problems, 'items missing easy-read text, evidence or a kind of citation').toEqual([]);
  });

  it('resolves every citation in the sources registry', () => {
    const problems = items.flatMap((i) =>
      i.citations.map((c) => citationProblem(c, registry)).flatMap((p) => (p ? [`${i.id}: ${p}`] : [])),
    );
    expect(problems, 'citations that do not resolve').toEqual([]);
  });

  it('cites no Privacy International safeguard by number other than S1 and S11', () => {
    const allowed = new Set<string>([...PI_PRINCIPLES, ...PI_VERIFIED_SAFEGUARDS]);
    const badCitations = items.flatMap((i) =>
      i.citations.filter((c) => c.source === 'PI' && !allowed.has(c.ref)).map((c) => `${i.id} cites PI ${c.ref}`),
    );
    expect(badCitations, 'PI citations outside the six principles and S1/S11').toEqual([]);
    const verifiedNumbers = new Set(PI_VERIFIED_SAFEGUARDS.map((s) => s.slice(1)));
    const badMentions = items.flatMap((i) =>
      [...itemText(i).matchAll(/\bsafeguards?\s+(?:no\.?\s*)?(\d+)|\bS(\d{1,2})\b/gi)]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((n) => !verifiedNumbers.has(n))
        .map((n) => `${i.id} mentions safeguard ${n}`),
    );
    expect(badMentions, 'item text naming an unverified PI safeguard number').toEqual([]);
  });

  it('has no duplicate ids, and ids are consecutive per stage prefix', () => {
    const seen = new Set<string>();
    const duplicates = ids(items).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'ids used more than once').toEqual([]);

    const byPrefix = new Map<string, { numbers: number[]; stages: Set<string>; widths: Set<number> }>();
    const present = new Set(ids(items));
    const numbered = [...items, ...ISSUED_IDS.filter((id) => !present.has(id)).map((id) => ({ id, stage: '(retired)' }))];
    for (const i of numbered) {
      const [prefix = '', digits = ''] = i.id.split('-');
      const entry = byPrefix.get(prefix) ?? { numbers: [], stages: new Set(), widths: new Set() };
      entry.numbers.push(Number(digits));
      if (i.stage !== '(retired)') entry.stages.add(i.stage);
      entry.widths.add(digits.length);
      byPrefix.set(prefix, entry);
    }
    const problems: string[] = [];
    for (const [prefix, { numbers, stages, widths }] of byPrefix) {
      if (stages.size > 1) problems.push(`${prefix} is used in several stages: ${[...stages].join(', ')}`);
      if (widths.size > 1) problems.push(`${prefix} numbers are padded inconsistently`);
      const sorted = [...numbers].sort((a, b) => a - b);
      const gaps = sorted.flatMap((n, k) => (n === k + 1 ? [] : [`expected ${prefix}-${k + 1}, found ${prefix}-${n}`]));
      if (gaps.length) problems.push(`${prefix} is not consecutive from 1: ${gaps.slice(0, 3).join('; ')}`);
    }
    const stagesWithPrefix = new Set([...byPrefix.values()].flatMap((e) => [...e.stages]));
    for (const s of STAGES) if (!stagesWithPrefix.has(s)) problems.push(`stage ${s} has no id prefix`);
    expect(problems, 'id numbering problems').toEqual([]);
  });

  it(`gives every optional module at least ${MIN_ITEMS_PER_MODULE} items`, () => {
    const declared = new Set(checklist.modules.map((m) => m.id));
    const undeclared = OPTIONAL_MODULES.filter((m) => !declared.has(m));
    expect(undeclared, `modules missing from checklist.json: ${missingReport(undeclared)}`).toEqual([]);
    const thin = [...declared]
      .map((m) => [m, items.filter((i) => i.module === m).length] as const)
      .filter(([, n]) => n < MIN_ITEMS_PER_MODULE);
    expect(thin.map(([m, n]) => `${m} (${n})`), 'modules with too few items').toEqual([]);
  });

  it('covers every group in vulnerable situations, and cites CRC General Comment 25 for children', () => {
    const declared = new Set(checklist.groups.map((g) => g.id));
    const undeclared = REQUIRED_GROUPS.filter((g) => !declared.has(g));
    expect(undeclared, `groups missing from checklist.json: ${missingReport(undeclared)}`).toEqual([]);
    const uncovered = REQUIRED_GROUPS.filter((g) => !items.some((i) => i.groups.includes(g)));
    expect(uncovered, `groups no item is about: ${missingReport(uncovered)}`).toEqual([]);
    const gc25 = items.filter(
      (i) => i.groups.includes('children') && /General Comment (No\.\s*)?25\b/i.test(itemText(i)),
    );
    expect(ids(gc25), 'no children item refers to CRC General Comment 25 in its text').not.toEqual([]);
  });

  it('addresses the digital divide and offline alternatives for essential services', () => {
    const divide = items.filter((i) => /digital divides?/i.test(itemText(i)));
    expect(ids(divide), 'no item addresses the digital divide').not.toEqual([]);
    const offline =
      /\b(offline|in-person|in person|non-digital|paper)\b[^.]{0,60}\b(alternative|route|channel|option|fallback)s?\b|\b(alternative|route|channel|option|fallback)s?\b[^.]{0,60}\b(offline|in-person|in person|non-digital|on paper)\b/i;
    const alternatives = items.filter((i) => offline.test(itemText(i)));
    expect(ids(alternatives), 'no item asks for an offline or in-person alternative').not.toEqual([]);
    const essential = alternatives.filter(
      (i) =>
        i.module === 'public-services' ||
        i.module === 'health' ||
        /essential|public service/i.test(itemText(i)),
    );
    expect(ids(essential), 'no item asks for an offline alternative to an essential or public service').not.toEqual([]);
  });

  it('requires emergency measures to end', () => {
    const appliesInEmergency = (i: ChecklistItem) =>
      !!i.appliesWhen &&
      ruleReferences(i.appliesWhen).answers.some((a) => a.question === 'emergency' && a.values.includes(true));
    const emergencyItems = items.filter(appliesInEmergency);
    expect(ids(emergencyItems), 'no item applies only in an emergency').not.toEqual([]);
    const mustEnd = emergencyItems.filter(
      (i) => i.redFlag || /\b(end(s|ed)?|sunset|phased? out|switch(ed)? off|temporary|time-limited)\b/i.test(itemText(i)),
    );
    expect(
      ids(mustEnd),
      `emergency items (${ids(emergencyItems).join(', ')}) neither raise a red flag nor say the measure ends`,
    ).not.toEqual([]);
  });
});

describe.each(VERSIONS)('triage changes what applies in $version', ({ dir }) => {
  loadVersion(dir);
  const startUp: TriageAnswers = {
    role: 'builder',
    technology: ['other'],
    data: [],
    setting: [],
    affected: [],
    emergency: false,
    'cross-border': false,
  };
  const cityBuyingFacialRecognition: TriageAnswers = {
    role: 'buyer',
    technology: ['biometrics', 'surveillance', 'ai-adm'],
    data: ['personal', 'biometric', 'sensitive'],
    setting: ['law-enforcement', 'public-service'],
    affected: [],
    emergency: false,
    'cross-border': false,
  };

  it('gives a city buying facial recognition for policing the biometrics module, buyer items and red flags a non-AI start-up does not get', () => {
    const small = resolveChecklist(checklist, startUp);
    const city = resolveChecklist(checklist, cityBuyingFacialRecognition);
    const applicable = (r: ReturnType<typeof resolveChecklist>) => STAGES.flatMap((s) => r.applicable[s]);

    expect(small.activeModules.has('biometrics'), 'the start-up profile should not activate biometrics').toBe(false);
    expect(
      city.activeModules.has('biometrics'),
      `the city profile activates ${[...city.activeModules].join(', ') || 'no module'}, not biometrics`,
    ).toBe(true);

    const cityOnly = applicable(city).filter((i) => !small.applicableIds.has(i.id));
    const buyerOnly = cityOnly.filter((i) => i.perspective === 'buyer');
    const redFlagsOnly = cityOnly.filter((i) => i.redFlag);
    const biometricOnly = cityOnly.filter((i) => i.module === 'biometrics');
    const named = (list: ChecklistItem[]) => ids(list).join(', ') || 'none';
    expect(buyerOnly.length, `buyer items the city gets and the start-up does not: ${named(buyerOnly)}`).toBeGreaterThan(0);
    expect(
      redFlagsOnly.length,
      `red-flag items the city gets and the start-up does not: ${named(redFlagsOnly)}`,
    ).toBeGreaterThan(0);
    expect(
      biometricOnly.length,
      `biometrics items the city gets and the start-up does not: ${named(biometricOnly)}`,
    ).toBeGreaterThan(0);
    expect(
      applicable(small).filter((i) => i.perspective === 'buyer' || i.module === 'biometrics').map((i) => i.id),
      'the start-up must get no buyer or biometrics item',
    ).toEqual([]);
  });
});
