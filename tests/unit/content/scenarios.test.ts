/**
 * Four newcomer scenarios from issue 10, written as tests over the applicability rules of
 * checklist 1.1.0. Each profile is what that assessor would tick; the lists are the items a
 * domain expert expects to see, and the ones an expert would call irrelevant (the issue's
 * examples: benefit-payment items for a city buying facial recognition, civil-service
 * training and human review of benefit decisions for a consumer chatbot). The ids are
 * content, not results: every assertion is computed by resolveChecklist from the real files.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { problemsToText, raisesRedFlag, resolveChecklist, type Checklist, type TriageAnswers } from '../../../src/domain';
import { loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

let checklist: Checklist;
beforeAll(async () => {
  const loaded = await loadChecklistDir(root('checklists/hrba-tech/1.1.0'), loadSourcesRegistry(root('checklists')));
  if (!loaded.ok) throw new Error(`hrba-tech 1.1.0 does not validate:\n${problemsToText(loaded.problems)}`);
  checklist = loaded.checklist;
});

interface Scenario {
  name: string;
  profile: TriageAnswers;
  /** Items an expert expects for this product. */
  expects: string[];
  /** Of those, the ones that must be able to stop the project (red flags). */
  redFlags: string[];
  /** Items an expert would call irrelevant here. */
  mustNotSee: string[];
}

const none = { emergency: false, 'cross-border': false };

const SCENARIOS: Scenario[] = [
  {
    name: 'a start-up building a mental-health chatbot used by teenagers',
    profile: {
      role: 'builder',
      technology: ['conversational-ai'],
      data: ['personal', 'sensitive', 'children'],
      setting: ['health'],
      affected: ['children'],
      decisions: false,
      'public-users': true,
      ...none,
    },
    expects: ['DES-25', 'DES-26', 'DES-31', 'DES-32', 'DES-33', 'CON-31', 'DES-19', 'DES-20', 'DES-29', 'DEP-20', 'OPS-24', 'OPS-25', 'OPS-32'],
    redFlags: ['DES-32'],
    mustNotSee: ['DES-14', 'DES-15', 'DEP-26', 'DEP-21', 'DES-03', 'DEP-22', 'CON-18', 'DES-17', 'CON-33', 'DES-34', 'CON-34', 'DES-35', 'DEP-19', 'DEP-09', 'CON-16'],
  },
  {
    name: 'a city buying live facial recognition for policing public spaces',
    profile: {
      role: 'buyer',
      technology: ['biometrics', 'surveillance', 'ai-adm'],
      data: ['personal', 'biometric'],
      setting: ['law-enforcement', 'public-service'],
      affected: [],
      decisions: true,
      // The public is scanned by the cameras; only the police use the product.
      'public-users': false,
      ...none,
    },
    expects: ['DES-17', 'DEP-18', 'CON-29', 'OPS-07', 'DES-16', 'DES-18', 'CON-22', 'DEP-09', 'DEP-12', 'CON-33', 'DES-34', 'DES-15', 'DEP-26', 'DEP-11', 'DEP-13'],
    redFlags: ['DES-17', 'CON-22', 'DEP-09', 'DEP-12'],
    mustNotSee: [
      ...['DEP-21', 'DES-03', 'DEP-22', 'CON-18', 'DES-35', 'CON-34', 'DES-31', 'DES-32', 'CON-31', 'DES-20', 'OPS-32', 'DEP-27'],
      // Border control is not policing a city.
      'CON-16',
      // Items about people using the product themselves: affordability, low bandwidth, accessibility
      // of the interface, anti-harassment features, help to use it, who is excluded from using it.
      ...['DES-21', 'DES-23', 'DES-25', 'DES-26', 'DEP-25', 'OPS-08', 'OPS-09'],
    ],
  },
  {
    name: 'a company building learning software for primary schools',
    profile: {
      role: 'builder',
      technology: ['ai-adm', 'data-analytics'],
      data: ['personal', 'children'],
      setting: ['education'],
      affected: ['children'],
      decisions: true,
      'public-users': true,
      ...none,
    },
    expects: ['DES-19', 'DES-20', 'DES-33', 'DEP-19', 'OPS-25', 'DES-02', 'DES-13', 'DES-15', 'OPS-32'],
    redFlags: [],
    mustNotSee: ['DES-31', 'DES-32', 'CON-31', 'DES-29', 'DEP-20', 'OPS-24', 'CON-33', 'DES-34', 'DES-17', 'DEP-18', 'DEP-21', 'DES-03', 'CON-34', 'DES-35'],
  },
  {
    name: 'a ministry buying a digital ID for social-protection payments',
    profile: {
      role: 'buyer',
      technology: ['digital-id', 'biometrics'],
      data: ['personal', 'biometric', 'sensitive'],
      setting: ['social-protection', 'public-service'],
      affected: ['older-persons', 'disabilities', 'low-connectivity'],
      decisions: true,
      'public-users': true,
      ...none,
    },
    expects: ['DES-21', 'DES-25', 'DES-26', 'DEP-25', 'OPS-08', 'CON-34', 'DES-35', 'DEP-21', 'DES-03', 'DEP-22', 'CON-18', 'DES-16', 'DES-36', 'DEP-31', 'DEP-32', 'CON-22', 'DEP-09', 'DEP-12', 'CON-19', 'DEP-11'],
    redFlags: ['CON-22', 'DEP-09', 'DEP-12'],
    mustNotSee: ['DES-31', 'DES-32', 'CON-31', 'DES-20', 'DES-33', 'DEP-19', 'CON-33', 'DES-34', 'OPS-32'],
  },
];

describe.each(SCENARIOS)('checklist 1.1.0 for $name', ({ profile, expects, redFlags, mustNotSee }) => {
  const applicable = () => resolveChecklist(checklist, profile).applicableIds;

  it('asks every question an expert expects', () => {
    const ids = applicable();
    expect(expects.filter((id) => !ids.has(id)), 'expected items that do not apply').toEqual([]);
  });

  it('leaves out the questions an expert would call irrelevant', () => {
    const ids = applicable();
    expect(mustNotSee.filter((id) => ids.has(id)), 'irrelevant items that apply').toEqual([]);
  });

  it('can stop the project on the red flags an expert expects, including on "Don\'t know"', () => {
    for (const id of redFlags) {
      const item = checklist.items.find((i) => i.id === id);
      expect(item?.redFlag, `${id} is not a red flag`).toBeDefined();
      expect(raisesRedFlag(item!, 'no'), `${id} on No`).toBe(true);
      expect(raisesRedFlag(item!, 'unknown'), `${id} on Don't know`).toBe(true);
    }
  });
});

describe('what the setting "law enforcement" switches on in checklist 1.1.0', () => {
  const added = (base: TriageAnswers, setting: string[]) => {
    const before = resolveChecklist(checklist, base).applicableIds;
    return [...resolveChecklist(checklist, { ...base, setting }).applicableIds].filter((id) => !before.has(id)).sort();
  };
  const base: TriageAnswers = { role: 'auditor', technology: ['ai-adm'], data: ['personal'], decisions: false, 'public-users': true, ...none };

  it('switches on policing and criminal-justice items only, not border control', () => {
    expect(added(base, ['law-enforcement'])).toEqual(['CON-33', 'DEP-26', 'DES-34']);
  });

  it('leaves border control and migration (CON-16) to its own option', () => {
    expect(added(base, ['border-migration'])).toEqual(['CON-16', 'CON-33', 'DEP-26', 'DES-34']);
  });
});
