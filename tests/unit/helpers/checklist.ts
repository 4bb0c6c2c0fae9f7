import {
  ChecklistSchema,
  SourcesRegistrySchema,
  type Checklist,
  type ChecklistInput,
  type SourcesRegistry,
} from '../../../src/domain';

type ItemInput = ChecklistInput['items'][number];

/** A complete, valid item; tests override only the fields they are about. */
export function itemInput(id: string, stage: ItemInput['stage'], extra: Partial<ItemInput> = {}): ItemInput {
  return {
    id,
    stage,
    question: `Question for ${id}, phrased so that yes is good?`,
    easyRead: `Easy ${id}`,
    guidance: { why: `Why ${id} matters to people`, good: ['Good practice'] },
    evidence: ['A document'],
    perspective: 'both',
    principles: { hrba: ['accountable'] },
    citations: [{ source: 'UNGP', ref: '17' }],
    ...extra,
  };
}

/**
 * A small checklist that exercises every way an item can be skipped:
 * CON-02 and OPS-02 are builder-only, CON-03 and DEP-01 buyer-only (so a builder
 * has no deployment items), DES-01 belongs to the `ai` module and DES-02 applies
 * only in an emergency.
 */
export function checklistInput(items: ItemInput[] = defaultItems()): ChecklistInput {
  return {
    formatVersion: 1,
    id: 'mini',
    version: '1.0.0',
    title: 'Mini checklist',
    description: 'A checklist for tests',
    language: 'en',
    stages: [
      { id: 'conception', title: 'Conception', summary: 'Why' },
      { id: 'design', title: 'Design', summary: 'How' },
      { id: 'deployment', title: 'Deployment', summary: 'Launch' },
      { id: 'operation', title: 'Operation', summary: 'Run' },
    ],
    triage: [
      {
        id: 'role',
        kind: 'single',
        question: 'Who assesses?',
        options: [
          { value: 'builder', label: 'Builder' },
          { value: 'buyer', label: 'Buyer' },
        ],
      },
      {
        id: 'tech',
        kind: 'multi',
        question: 'Which technology?',
        options: [
          { value: 'ai', label: 'AI' },
          { value: 'other', label: 'Other' },
        ],
      },
      { id: 'emergency', kind: 'boolean', question: 'An emergency measure?' },
      { id: 'where', kind: 'text', question: 'Where?' },
    ],
    perspective: { question: 'role', map: { builder: ['builder', 'both'], buyer: ['buyer', 'both'] } },
    modules: [{ id: 'ai', title: 'AI', description: 'AI questions', activeWhen: { answer: 'tech', includesAny: ['ai'] } }],
    groups: [{ id: 'users', label: 'Users' }],
    items,
  };
}

export function defaultItems(): ItemInput[] {
  return [
    itemInput('CON-01', 'conception'),
    itemInput('CON-02', 'conception', { perspective: 'builder' }),
    itemInput('CON-03', 'conception', { perspective: 'buyer' }),
    itemInput('DES-01', 'design', { module: 'ai' }),
    itemInput('DES-02', 'design', { appliesWhen: { answer: 'emergency', is: true } }),
    itemInput('DES-03', 'design'),
    itemInput('DEP-01', 'deployment', { perspective: 'buyer' }),
    itemInput('OPS-01', 'operation'),
    itemInput('OPS-02', 'operation', { perspective: 'builder' }),
  ];
}

export function miniChecklist(input: ChecklistInput = checklistInput()): Checklist {
  return ChecklistSchema.parse(input);
}

export function miniRegistry(): SourcesRegistry {
  const principle = { title: 'T', shortTitle: 'T', body: 'B', verification: 'verified', refStyle: 'principle' } as const;
  return SourcesRegistrySchema.parse({
    formatVersion: 1,
    documents: {
      UNGP: { ...principle, shortTitle: 'UNGPs' },
      PI: principle,
      HRBA: principle,
      'ohchr-2022-covid-technologies': {
        title: 'COVID technologies',
        shortTitle: 'A/HRC/COVID',
        body: 'OHCHR',
        verification: 'verified',
        refStyle: 'paragraph',
        paragraphs: 83,
      },
      'glion-ix-2023': {
        title: 'Glion IX',
        shortTitle: 'Glion IX',
        body: 'URG',
        verification: 'verified',
        refStyle: 'section',
        sections: { 'P1-WAT': "Part 1, 'Where are we today?'", Intro: 'opening pages' },
      },
    },
    refs: {
      'UNGP:17': { label: 'human rights due diligence', verification: 'reference' },
      'HRBA:accountable': { label: 'accountable', verification: 'verified' },
      'PI:S1': { label: 'Safeguard 1', verification: 'verified' },
    },
    rights: { privacy: { label: 'Privacy', articles: [{ instrument: 'ICCPR', article: '17' }], verification: 'reference' } },
  });
}
