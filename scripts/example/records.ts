import type { ActionItem, Benefit, FindingRecord, StakeholderEngagement, Tradeoff } from '../../src/domain';

/** The example's findings, action plan and due-diligence context (the dates assume "today" is 2026-11-22). */

type Rating = Pick<FindingRecord, 'severity' | 'likelihood' | 'involvement' | 'status'> &
  Partial<Pick<FindingRecord, 'title' | 'description' | 'leverage' | 'rationale' | 'rights' | 'groups'>>;

const sev = (scale: number, scope: number, irremediability: number) => ({ scale, scope, irremediability });

/** Keyed by item id (findings from gap answers) or F-… (findings the assessor added). */
export const FINDINGS: Record<string, Rating> = {
  'CON-05': {
    description: 'The Athens pilot profiles social-assistance case records without a specific, public legal basis in Greek law.',
    severity: sev(3, 2, 2),
    likelihood: 3,
    involvement: 'contributes',
    leverage: 'We can refuse to restart the pilot and make a legal opinion a contractual precondition; the municipality decides whether to seek a legal basis.',
    status: 'mitigating',
  },
  'DES-02': {
    description: 'Refugee households may be ranked too low because their case histories are shorter; disability status was never tested.',
    severity: sev(3, 3, 2),
    likelihood: 3,
    involvement: 'causes',
    leverage: 'Full control: we build and retrain the model.',
    status: 'mitigating',
  },
  'DES-13': {
    description: 'Without ethnicity data we cannot tell whether Roma and refugee households are under-represented in training data.',
    severity: sev(3, 2, 2),
    likelihood: 2,
    involvement: 'causes',
    leverage: 'MOPS statisticians can compare aggregates with census data; we control the training set.',
    status: 'open',
  },
  'DES-11': {
    description: 'The design has not been attacked by an independent team with human rights expertise, so misuse paths we did not imagine remain untested.',
    severity: sev(2, 3, 2),
    likelihood: 2,
    involvement: 'causes',
    leverage: 'Budget approved; we choose the team and act on its findings.',
    status: 'open',
  },
  'CON-14': {
    description: 'Outreach could add to the care burden of women caring for relatives, and domestic-violence cases may need different contact rules.',
    severity: sev(2, 2, 2),
    likelihood: 2,
    involvement: 'contributes',
    leverage: 'We design outreach scripts with the centres; the centres run the calls.',
    status: 'mitigating',
  },
  'CON-15': {
    description: 'Roma families in Łódź and Athens were consulted only once, through mediators, and not through organisations they chose.',
    severity: sev(2, 2, 2),
    likelihood: 3,
    involvement: 'contributes',
    leverage: 'We can fund consultation and translation; trust depends on the centres too.',
    status: 'open',
  },
  'DES-24': {
    description: 'Romani-speaking households receive letters in Polish or Greek only.',
    severity: sev(2, 1, 1),
    likelihood: 3,
    involvement: 'causes',
    leverage: 'We produce the templates.',
    status: 'mitigating',
  },
  'DEP-05': {
    description: 'Groups consulted, other than the service-user panel, have not heard what changed because of their input.',
    severity: sev(1, 2, 1),
    likelihood: 3,
    involvement: 'causes',
    leverage: 'Entirely ours to fix.',
    status: 'open',
  },
  'OPS-05': {
    description: 'Group error rates are computed quarterly, so a bias could run for up to three months before anyone sees it.',
    severity: sev(3, 2, 2),
    likelihood: 2,
    involvement: 'causes',
    leverage: 'We run the monitoring.',
    status: 'mitigating',
  },
  'OPS-13': {
    description: 'No public annual account of human rights risks, actions and results.',
    severity: sev(1, 2, 1),
    likelihood: 4,
    involvement: 'causes',
    leverage: 'Entirely ours.',
    status: 'open',
  },
  'OPS-16': {
    description: 'Independent researchers cannot study the product\'s effects, so claims of benefit rest on our and our customer\'s data.',
    severity: sev(1, 3, 1),
    likelihood: 3,
    involvement: 'causes',
    leverage: 'We can offer aggregated or synthetic data under a protocol.',
    status: 'open',
  },
  'OPS-12': {
    description: 'No shared grievance route or peer accountability through an industry initiative.',
    severity: sev(1, 1, 1),
    likelihood: 2,
    involvement: 'causes',
    leverage: 'Little: no suitable initiative exists in our region.',
    status: 'accepted',
    rationale:
      'No multi-stakeholder initiative covers public-sector analytics in Poland or Greece, and the centres\' own complaints route plus the independent audit give affected people a remedy. Revisit in the 2027 review.',
  },
  'F-automation-bias': {
    title: 'Caseworkers may defer to the ranking instead of their own judgement',
    description: 'Override rates fell from 22% to 14% over six months; interviews suggest some caseworkers no longer question the order.',
    rights: ['social-security', 'adequate-living', 'effective-remedy'],
    groups: ['older-persons', 'persons-with-disabilities', 'workers'],
    severity: sev(3, 2, 2),
    likelihood: 3,
    involvement: 'contributes',
    leverage: 'We design the interface and the training; the centres manage their staff.',
    status: 'open',
  },
  'F-backups-outside-eea': {
    title: 'Encrypted backups were replicated to a data centre outside the EEA',
    description: 'Until June 2026 the hosting provider replicated encrypted backups to a US region.',
    rights: ['privacy'],
    groups: ['users', 'non-users'],
    severity: sev(2, 3, 1),
    likelihood: 1,
    involvement: 'directly-linked',
    leverage: 'We chose the hosting configuration.',
    status: 'resolved',
  },
};

const ORG = {
  legal: 'Eleni Papadaki, Head of Legal (Athens office)',
  ml: 'Dr Marek Zieliński, Machine Learning Lead',
  rai: 'Zofia Wiśniewska, Head of Responsible AI',
  product: 'Tomasz Lewandowski, Product Manager',
  ops: 'Katarzyna Dąbrowska, Head of Operations',
};

export const ACTIONS: (Omit<ActionItem, 'completionEvidence'> & { completionEvidence?: string })[] = [
  { id: 'A-01', findingKeys: ['CON-05'], description: 'Obtain a written opinion from Greek counsel on the legal basis for the Athens pilot; keep the pilot paused until it is positive.', owner: ORG.legal, dueDate: '2026-10-31', status: 'in-progress' },
  { id: 'A-02', findingKeys: ['DES-02'], description: 'Extend fairness tests to disability status and to language of correspondence as a nationality proxy; retrain if any gap exceeds 3 points.', owner: ORG.ml, dueDate: '2026-12-15', status: 'in-progress' },
  { id: 'A-03', findingKeys: ['DES-13'], description: 'Compare training-data aggregates with census data for Roma and refugee households, with MOPS statisticians.', owner: ORG.ml, dueDate: '2026-11-15', status: 'planned' },
  { id: 'A-04', findingKeys: ['DES-11'], description: 'Commission an independent red team with human rights and security expertise and publish a summary of its findings.', owner: ORG.rai, dueDate: '2027-02-28', status: 'planned' },
  { id: 'A-05', findingKeys: ['CON-14'], description: 'Carry out a gender analysis of outreach with a women\'s rights organisation in Łódź, including rules for domestic-violence cases.', owner: ORG.rai, dueDate: '2027-01-31', status: 'planned' },
  { id: 'A-06', findingKeys: ['CON-15', 'DES-24'], description: 'Finish and check Romani outreach letters with the community mediators, and consult a Roma organisation in Athens.', owner: ORG.product, dueDate: '2026-09-30', status: 'done', completionEvidence: 'Romani letters checked by two native speakers and in use since 2026-09-24; meeting with a Roma organisation in Athens held on 2026-09-18 (minutes filed).' },
  { id: 'A-07', findingKeys: ['DEP-05'], description: 'Send every group consulted an easy-read summary of what changed because of their input.', owner: ORG.product, dueDate: '2026-10-15', status: 'done', completionEvidence: 'Summary sent by letter and email to all four groups on 2026-10-12; easy-read version checked by the service-user panel.' },
  { id: 'A-08', findingKeys: ['OPS-05'], description: 'Compute group error rates monthly in the drift dashboard, with an alert to the Head of Responsible AI above a 3-point gap.', owner: ORG.ml, dueDate: '2026-11-01', status: 'in-progress' },
  { id: 'A-09', findingKeys: ['OPS-13'], description: 'Publish the first annual human rights report for Kestrel Insight.', owner: ORG.rai, dueDate: '2027-03-31', status: 'planned' },
  { id: 'A-10', findingKeys: ['OPS-16'], description: 'Agree a data-access protocol with the University of Łódź for research on aggregated or synthetic data.', owner: ORG.rai, dueDate: '2027-06-30', status: 'planned' },
  { id: 'A-11', findingKeys: ['F-automation-bias'], description: 'Require a short reason when a caseworker follows the top of the list without opening the case, and add automation bias to refresher training.', owner: ORG.ops, dueDate: '2026-12-01', status: 'in-progress' },
  { id: 'A-12', findingKeys: ['F-backups-outside-eea'], description: 'Move backup replication to an EU region and confirm deletion of the US copies.', owner: ORG.ops, dueDate: '2026-06-30', status: 'done', completionEvidence: 'Replication switched to Frankfurt on 2026-06-12; provider\'s deletion certificate for US copies dated 2026-06-19.' },
  { id: 'A-13', findingKeys: [], description: 'Add an SMS reminder channel for outreach appointments.', owner: ORG.product, dueDate: '2026-08-31', status: 'cancelled', completionEvidence: 'Cancelled after the service-user panel said letters and phone calls work better for older residents.' },
];

export const TRADEOFFS: Tradeoff[] = [
  {
    id: 'T-01',
    between: 'Ranking accuracy against privacy and non-discrimination',
    description: 'Free-text case notes and nationality raised the model\'s AUC from 0.77 to 0.81, but expose sensitive details and invite discrimination.',
    resolution: 'Both excluded. The lower accuracy is accepted; caseworkers\' own knowledge covers what the notes held.',
    rationale: 'The gain is small against a serious, hard-to-reverse harm to a whole group; UNGP 14 puts irremediable harms first.',
    decidedBy: 'Product council, with the Head of Responsible AI',
    decidedOn: '2026-04-14',
  },
  {
    id: 'T-02',
    between: 'Proactive outreach against stigma and autonomy',
    description: 'Contacting households before they ask for help can feel like being watched, and a visit can be seen by neighbours.',
    resolution: 'Outreach is an offer by letter or phone first; visits only with agreement; anyone can opt out of ranking.',
    rationale: 'Keeps the benefit of earlier support while leaving the choice with the person.',
    decidedBy: 'MOPS Łódź and Kestrel Labs steering group',
    decidedOn: '2026-05-20',
  },
  {
    id: 'T-03',
    between: 'Engineering support from the Athens office against keeping Polish case data in Poland',
    description: 'Half of the engineering team works in Αθήνα; full access would speed up fixes but move personal data across borders.',
    resolution: 'Athens engineers work on pseudonymised samples only; production access stays with the Łódź team.',
    rationale: 'Fixes take about a day longer; no identifiable data leave Poland.',
    decidedBy: 'Katarzyna Dąbrowska and the centre\'s data protection officer',
    decidedOn: '2026-03-02',
  },
];

export const STAKEHOLDERS: StakeholderEngagement[] = [
  {
    id: 'S-01',
    who: 'Anna Kowalska and 11 caseworkers of MOPS Łódź (Municipal Social Assistance Centre)',
    when: '2026-03-18',
    how: 'Two half-day workshops at the centre, with a paper prototype of the outreach list.',
    whatChanged: 'Added the "why this case" panel and the override reason field; the list no longer hides cases ranked below 200.',
    groups: ['workers'],
  },
  {
    id: 'S-02',
    who: 'Ελένη Παπαδοπούλου and members of a disability rights association in Αθήνα',
    when: '2026-05-07',
    how: 'Interviews and an accessibility test of the letters and the caseworker screens, in Greek.',
    whatChanged: 'Letters now come in large print and easy read; two screen-reader problems in the caseworker app were fixed.',
    groups: ['persons-with-disabilities', 'older-persons'],
  },
  {
    id: 'S-03',
    who: 'Roma community mediators working with the Łódź centre',
    when: '2026-06-10',
    how: 'Paid focus group in Polish and Romani.',
    whatChanged: 'A school-attendance signal was removed from the model; Romani outreach letters were started.',
    groups: ['minorities', 'children'],
  },
  {
    id: 'S-04',
    who: 'Ольга Петрова, independent data-protection researcher (Москва), by video call',
    when: '2026-07-22',
    how: 'Written review of the data protection impact assessment, followed by a call.',
    whatChanged: 'Retention of scores cut from 36 to 18 months; pseudonymisation added for the Athens engineering team.',
    groups: ['general-public'],
  },
];

export const BENEFITS: Benefit[] = [
  {
    id: 'B-01',
    description: 'Older people living alone get home-care support sooner.',
    rights: ['health', 'adequate-living'],
    groups: ['older-persons', 'persons-with-disabilities'],
    evidence: 'MOPS Łódź evaluation (August 2026): median time from need to first visit fell from 41 to 19 days.',
  },
  {
    id: 'B-02',
    description: 'Fewer households lose benefits because a renewal was missed.',
    rights: ['social-security'],
    groups: ['people-in-poverty', 'older-persons'],
    evidence: 'Lapsed renewals among ranked households fell by 27% year on year (centre records, 2026).',
  },
  {
    id: 'B-03',
    description: 'Caseworkers spend less time sorting lists and more time with people.',
    rights: ['social-security', 'dignity-equality'],
    groups: ['workers', 'users'],
    evidence: 'Time-use survey of 60 caseworkers: about 3 hours a week saved on list preparation.',
  },
];
