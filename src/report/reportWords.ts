import { defineMessages, formatMessage, type MessageDescriptor, type MessageValues } from '../i18n/format';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';
import type { AnswerStatus, AssessmentKind, AuditOpinion, RatingDimension, ReviewVerdict, StageId, TrailProblem } from '../domain';
import type { ActionStatus, FindingStatus, Involvement, ReportFinding } from '../domain/report/fullReport';
import { ASSESSMENT_KIND_MESSAGES, AUDIT_OPINION_MESSAGES, HRBA_PRINCIPLE_MESSAGES, PI_PRINCIPLE_MESSAGES } from '../words/codes';
import { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../words/answers';
import { STAGE_MESSAGES } from '../words/stages';
import {
  ACTION_STATUS_MESSAGES,
  ANCHOR_MESSAGES,
  FINDING_STATUS_MESSAGES,
  GAP_TITLE_MESSAGE,
  INVOLVEMENT_MESSAGES,
  LIKELIHOOD_NAME_MESSAGES,
  RATING_MESSAGES,
  SEVERITY_NAME_MESSAGES,
} from '../words/findings';
import { coverLabels, sectionTitles } from './words';
import { reportTimestamp } from './signatureWords';

/**
 * Every other word of the full report (PDF and HTML alike), in the report's language: the
 * words for the model's codes (shared with the screens through src/words), column headings,
 * fixed sentences and the sentences built from the model's numbers, with ICU plurals.
 * English is the source and the default, so a report made without a language (the CLI) is English.
 */
export const REPORT_MESSAGES = defineMessages({
  title: { defaultMessage: 'Human rights due diligence report: {product}', description: 'Report: its title, on the cover and as the document title; {product} is the product’s name' },
  kicker: { defaultMessage: 'HRBA@Tech human rights due diligence', description: 'Report cover: small line above the title (HRBA@Tech is the name of the model, keep it)' },
  subject: { defaultMessage: 'Human rights due diligence (HRBA@Tech)', description: 'PDF report: the document’s subject, in its properties' },
  revisionFollows: {
    defaultMessage: '{hasHash, select, yes {(follows revision {parent}, {hash})} other {(follows revision {parent})}}',
    description: 'Report cover, after the revision number: the revision it was derived from; {parent} is its number, {hash} its SHA-256 (sha256:…)',
  },
  revisionLocked: { defaultMessage: 'locked {at}', description: 'Report cover, after the revision number: when the revision was locked; {at} is a date and time such as 2026-11-22 10:00 UTC' },
  notLocked: {
    defaultMessage: '{revision}, not locked: the answers can still change',
    description: 'PDF report cover, the revision field of a revision that is not locked; {revision} is its number (and what it follows)',
  },
  coverSummary: {
    defaultMessage:
      '{share, number, ::percent} of applicable questions answered. {open, plural, one {# open finding} other {# open findings}}, {flags, plural, one {# red flag} other {# red flags}}.',
    description: 'PDF report cover: one line of numbers in bold; share is the part of the questions answered, open the unresolved findings, flags the red flags',
  },
  summaryIntro: {
    defaultMessage:
      'This report covers {product}{withOrganisation, select, yes { ({organisation})} other {}}. {answered} of {applicable} applicable questions are answered ({share, number, ::percent}). They yield {findings, plural, one {# finding} other {# findings}}, of which {open} {open, plural, one {is} other {are}} not resolved. The action plan has {actions, plural, one {# action} other {# actions}}; {overdue} {overdue, plural, one {is} other {are}} overdue.',
    description: 'Report, executive summary: its first paragraph. {product} and {organisation} are names; the others are numbers',
  },
  redFlags: { defaultMessage: 'Red flags', description: 'Report, executive summary: heading of the red flags (answers that mean stop and fix this first)' },
  noRedFlag: { defaultMessage: 'No red flag is raised.', description: 'Report, executive summary: there is no red flag' },
  redFlag: { defaultMessage: 'RED FLAG', description: 'Report: the mark before a finding that is a red flag, in capitals' },
  redFlagField: { defaultMessage: 'Red flag', description: 'Report, a finding’s details (HTML): label of why it is a red flag' },
  redFlagMark: { defaultMessage: '(RED FLAG)', description: 'Report, answers by stage: mark after an answer that raises a red flag' },
  redFlagRaised: { defaultMessage: 'raised by this answer', description: 'Report, a finding’s details: the red flag has no reason of its own; the answer raised it' },
  salientRisks: { defaultMessage: 'Salient risks', description: 'Report, executive summary: heading of the most severe unresolved findings' },
  salientCaption: { defaultMessage: 'The most salient risks, in the order to act on them', description: 'HTML report, executive summary: caption of the table of salient risks' },
  noUnresolved: { defaultMessage: 'No unresolved finding.', description: 'Report, executive summary: every finding is resolved (or there is none)' },
  completion: { defaultMessage: 'Completion', description: 'Report, executive summary: heading of how many questions were answered per stage' },
  stageCompletion: { defaultMessage: '{stage}: {answered} of {applicable}', description: 'Report, executive summary: questions answered in a lifecycle stage; {stage} is its name, the others numbers' },
  keyActions: { defaultMessage: 'Key actions', description: 'Report, executive summary: heading of the most urgent actions' },
  keyActionsCaption: { defaultMessage: 'Key actions: open actions that are overdue or address a salient risk', description: 'HTML report: caption of the key actions table' },
  noKeyAction: { defaultMessage: 'No open action is overdue or tied to a salient risk.', description: 'Report, executive summary: there is no key action' },
  rank: { defaultMessage: 'Rank', description: 'Report, table column: a finding’s place in the order to act on it' },
  number: { defaultMessage: '#', description: 'PDF report, narrow table column: a row’s number' },
  finding: { defaultMessage: 'Finding', description: 'Report, table column: the finding (a human-rights risk found)' },
  severity: { defaultMessage: 'Severity', description: 'Report, table column and heat-map axis: a finding’s severity' },
  likelihood: { defaultMessage: 'Likelihood', description: 'Report, table column: a finding’s likelihood' },
  status: { defaultMessage: 'Status', description: 'Report, table column and field label: the status of a finding, an action or a source' },
  involvement: { defaultMessage: 'Involvement', description: 'Report, table column and field label: how the organisation is involved in the harm (cause, contribute, linked)' },
  notAssessed: { defaultMessage: 'Not assessed', description: 'Report: a finding’s involvement has not been assessed' },
  levelOf4: { defaultMessage: '{level} of 4', description: 'Report: a rating level; {level} is a number from 1 to 4' },
  action: { defaultMessage: 'Action', description: 'Report, table column: an action in the action plan' },
  owner: { defaultMessage: 'Owner', description: 'Report, table column: who owns an action' },
  due: { defaultMessage: 'Due', description: 'Report, table column: an action’s due date' },
  noOwner: { defaultMessage: 'no owner', description: 'Report: an action has no owner (lower case, in a table cell)' },
  noDate: { defaultMessage: 'no date', description: 'Report: no date was given (lower case, in a table cell)' },
  overdue: { defaultMessage: 'OVERDUE', description: 'Report: mark of an action past its due date, in capitals' },
  statusOverdue: { defaultMessage: '{status}, {overdue}', description: 'Report: an action’s status followed by the OVERDUE mark' },
  easyReadIntro: { defaultMessage: 'This page says in plain words what the report found.', description: 'Report, easy-read page: its first line' },
  easyChecked: { defaultMessage: 'We checked {product} for harm to people’s human rights.', description: 'Report, easy-read page (plain, short sentences): {product} is the product’s name' },
  easyQuestions: {
    defaultMessage: '{applicable, plural, one {There was # question for this product.} other {There were # questions for this product.}} We answered {answered} of them.',
    description: 'Report, easy-read page (plain, short sentences): how many questions applied and how many were answered',
  },
  easyOpen: {
    defaultMessage: '{open, plural, =0 {We found no problems that still need work.} one {We found # problem that still needs work.} other {We found # problems that still need work.}}',
    description: 'Report, easy-read page (plain, short sentences): how many problems (findings) are not resolved',
  },
  easyFlags: {
    defaultMessage: '{flags, plural, one {# of them is a red flag.} other {# of them are red flags.}} A red flag means: stop and fix this first.',
    description: 'Report, easy-read page (plain, short sentences): how many of the problems are red flags',
  },
  easyFirst: { defaultMessage: 'The first thing to fix is: {title}', description: 'Report, easy-read page: the first problem to fix; {title} is its title' },
  easyActions: {
    defaultMessage: '{actions, plural, =0 {We have not planned any actions yet.} one {We planned # action to fix problems.} other {We planned # actions to fix problems.}}',
    description: 'Report, easy-read page (plain, short sentences): how many actions are planned',
  },
  easyPeople: {
    defaultMessage:
      '{people, plural, =0 {We have not yet recorded talking to the people affected.} one {We talked with # group or person affected by the product.} other {We talked with # groups or people affected by the product.}}',
    description: 'Report, easy-read page (plain, short sentences): how many stakeholder engagements are recorded',
  },
  method1: {
    defaultMessage:
      'This assessment used {checklist}, version {version}. Its questions follow a product through four lifecycle stages (conception, design, deployment and operation). They are derived from the seven principles of the HRBA@Tech model, the UN Guiding Principles on Business and Human Rights and Privacy International’s six principles for public-private partnerships, and each question cites the passages it rests on (see the sources annex). The HRBA@Tech model’s own per-stage checklist is not public; these questions are this tool’s derivation, not its wording.',
    description: 'Report, methodology: first paragraph; {checklist} is the checklist’s title, {version} its version',
  },
  method2: {
    defaultMessage:
      'A profile of the product (who is assessing, what technology it is, what data it processes, where it is used and who it affects) decided which questions apply. Every applicable question answered “No”, “Partly” or “Don’t know” became a finding.',
    description: 'Report, methodology: second paragraph (the quoted answers are the checklist’s answers No, Partly and Don’t know)',
  },
  method3: {
    defaultMessage:
      'Each finding was rated for severity as the UN Guiding Principles describe it (principle 14): the scale of the harm, its scope (how many people) and how hard it is to remedy, each from 1 to 4, plus its likelihood from 1 to 4. Its severity level is the highest of the three: any one of them can make a harm severe, so they are not averaged. Findings are listed in the order to act on them (principle 24): red flags first, whatever their score, because they are stop signs; then the most severe, and among equally severe ones the least remediable; then the most likely. Unrated findings follow the rated ones. A lower rank does not mean a finding can be ignored.',
    description: 'Report, methodology: third paragraph, how findings are rated and ordered',
  },
  method4: {
    defaultMessage: 'Answers are the assessor’s own statements, with the notes and evidence they recorded. This report does not verify them independently unless it was made in audit mode.',
    description: 'Report, methodology: last paragraph',
  },
  ratingScales: { defaultMessage: 'The rating scales', description: 'Report, methodology: heading of the rating scales' },
  level: { defaultMessage: 'Level', description: 'Report, methodology table column: a level from 1 to 4' },
  meaning: { defaultMessage: 'Meaning', description: 'Report, methodology table column: what a level means' },
  question: { defaultMessage: 'Question', description: 'Report, profile table column: a profile question' },
  answer: { defaultMessage: 'Answer', description: 'Report, table column and field label: the answer to a question' },
  profileCaption: { defaultMessage: 'The product profile that decided which questions apply', description: 'HTML report: caption of the profile table' },
  noneOfThese: { defaultMessage: 'None of these', description: 'Report, profile: a multiple-choice profile question with nothing chosen' },
  notAnswered: { defaultMessage: 'Not answered', description: 'Report: a question left unanswered' },
  modules: { defaultMessage: 'Optional modules', description: 'Report, profile: label of the optional checklist modules switched on' },
  noModules: { defaultMessage: 'none apply to this profile', description: 'Report, profile: no optional module applies (lower case, after a label)' },
  completionByStage: { defaultMessage: 'Completion by stage', description: 'Report, coverage: heading of the answered questions per lifecycle stage' },
  completionCaption: { defaultMessage: 'Applicable questions answered, by lifecycle stage', description: 'HTML report: caption of the completion table' },
  stage: { defaultMessage: 'Stage', description: 'Report, table column and field label: a lifecycle stage' },
  applicable: { defaultMessage: 'Applicable', description: 'Report, table column: number of applicable questions' },
  answered: { defaultMessage: 'Answered', description: 'Report, table column: number of questions answered' },
  share: { defaultMessage: 'Share', description: 'Report, table column: the share of questions answered, as a percentage' },
  sharePercent: { defaultMessage: '{share, number, ::percent}', description: 'Report, completion table cell: a share as a percentage' },
  principle: { defaultMessage: 'Principle', description: 'Report, table column: a principle (HRBA@Tech or Privacy International)' },
  inPlace: { defaultMessage: 'In place (Yes)', description: 'Report, table column: number of questions answered Yes, the practice being in place' },
  coverageHrba: { defaultMessage: 'Coverage by HRBA@Tech principle', description: 'Report, coverage: heading (HRBA@Tech is a name, keep it)' },
  coveragePi: { defaultMessage: 'Coverage by Privacy International principle', description: 'Report, coverage: heading (Privacy International is a name, keep it)' },
  coverageHrbaCaption: { defaultMessage: 'Applicable questions by HRBA@Tech principle', description: 'HTML report: caption of a coverage table' },
  coveragePiCaption: { defaultMessage: 'Applicable questions by Privacy International principle', description: 'HTML report: caption of a coverage table' },
  heatIntro: { defaultMessage: 'How many unresolved findings fall in each cell of severity and likelihood.', description: 'PDF report, heat map: the line under its heading' },
  heatIntroLong: {
    defaultMessage:
      'How many unresolved findings fall in each cell of severity (the highest of scale, scope and irremediability: any one can make a harm severe, so they are not averaged) and likelihood. Findings marked resolved are left out.',
    description: 'HTML report, heat map: the paragraph under its heading',
  },
  heatNote: {
    defaultMessage:
      'Rows: severity as the highest of scale, scope and irremediability (any one can make a harm severe, so they are not averaged). Columns: likelihood. Cells holding red flags say how many. Resolved findings, and findings not yet rated on all four, are left out.',
    description: 'PDF report, heat map: the note under the grid',
  },
  heatLevel: { defaultMessage: '{level} {name}', description: 'Report heat map: a row or column label; {level} is 1 to 4, {name} the level’s short name such as “Grave”' },
  redFlagCount: { defaultMessage: '{count, plural, one {# red flag} other {# red flags}}', description: 'Report heat map: how many red flags a cell holds' },
  heatCell: { defaultMessage: '{count}, {flags}', description: 'HTML report heat map: a cell’s count followed by its red flags (“2, 1 red flag”)' },
  unrated: { defaultMessage: '{count, plural, one {# finding} other {# findings}} not yet rated', description: 'Report heat map: how many findings are left out because they are not fully rated' },
  heatTitle: { defaultMessage: 'Heat map of unresolved findings by severity and likelihood', description: 'HTML report: the heat map picture’s name for screen readers' },
  heatCellDescribed: { defaultMessage: 'severity {row}, likelihood {column}: {cell}', description: 'HTML report, heat map description for screen readers: one cell; {row} and {column} are level labels such as “4 Grave”' },
  heatDescribed: {
    defaultMessage: 'Unresolved findings by cell: {cells}. Every other cell is 0. {unrated}.',
    description: 'HTML report, heat map description for screen readers; {cells} lists the cells holding findings, {unrated} says how many are not yet rated',
  },
  heatEmpty: { defaultMessage: 'No rated unresolved finding. Every other cell is 0. {unrated}.', description: 'HTML report, heat map description for screen readers when no cell holds a finding' },
  heatTableCaption: {
    defaultMessage: 'Heat map as a table: unresolved findings by severity (rows) and likelihood (columns)',
    description: 'HTML report: caption of the heat map’s table',
  },
  likelihoodColumn: { defaultMessage: 'Likelihood {level}', description: 'HTML report, heat map table column; {level} is a level label such as “2 Possible”' },
  noFinding: {
    defaultMessage: 'No finding: no applicable question was answered “No”, “Partly” or “Don’t know”, and none was added.',
    description: 'Report, findings: there is no finding',
  },
  findingsOrder: {
    defaultMessage: '{count, plural, one {# finding} other {# findings}}, in the order to act on them: red flags first, then by severity, irremediability and likelihood',
    description: 'Report, findings: the line above the table (without a full stop: the PDF adds one, the HTML uses it as a caption)',
  },
  sentence: { defaultMessage: '{text}.', description: 'Report: a sentence ended with a full stop (the findings line in the PDF)' },
  findingDetails: { defaultMessage: 'Finding details', description: 'Report, findings: heading of each finding’s details' },
  rankedFinding: { defaultMessage: '{rank}. {finding}', description: 'Report, findings: a finding’s heading, its rank then its label (CON-04: title)' },
  findingLabel: { defaultMessage: '{number}: {title}', description: 'Report: a finding named by its number (CON-04 or F1) and its title' },
  addedByAssessor: { defaultMessage: 'Added by the assessor', description: 'Report, a finding’s stage: the finding was added by the assessor, not made by an answer' },
  stageAnswered: { defaultMessage: '{stage}; answered “{answer}”', description: 'Report, a finding’s details: its lifecycle stage and the answer that made it' },
  rating: { defaultMessage: 'Rating', description: 'Report, a finding’s details: label of its rating' },
  ratingLine: { defaultMessage: 'severity {severity} ({detail})', description: 'Report, a finding’s rating; {severity} is e.g. “3 of 4”, {detail} the rating of each dimension' },
  ratingDetail: {
    defaultMessage: 'scale {scale}, scope {scope}, irremediability {irremediability}; likelihood {likelihood}',
    description: 'Report, a finding’s rating of each dimension; each value is a number from 1 to 4 or “not rated”',
  },
  notRatedLower: { defaultMessage: 'not rated', description: 'Report, inside a finding’s rating: this dimension is not rated (lower case)' },
  notYetRatedLower: { defaultMessage: 'not yet rated', description: 'Report, a finding’s rating: nothing is rated yet (lower case, after a label)' },
  rightsAffected: { defaultMessage: 'Rights affected', description: 'Report, a finding’s details: label' },
  groupsAffected: { defaultMessage: 'Groups affected', description: 'Report, a finding’s details: label' },
  description: { defaultMessage: 'Description', description: 'Report, a finding’s details: label' },
  leverage: { defaultMessage: 'Leverage', description: 'Report, a finding’s details: label of the leverage the organisation has (UN Guiding Principle 19)' },
  rationale: { defaultMessage: 'Rationale', description: 'Report, a finding’s details: label of the reasoning behind its rating and status' },
  severityNote: {
    defaultMessage: 'Severity is the sum of scale, scope and irremediability (3 to 12); likelihood is 1 to 4.',
    description: 'PDF report, findings: note after the details',
  },
  answersIntro: {
    defaultMessage: 'Every applicable question, with the answer, notes and evidence recorded by the assessor.',
    description: 'Report, answers by stage: the line under the heading',
  },
  stageCounts: {
    defaultMessage: '{count, plural, one {# applicable question} other {# applicable questions}}; {skipped} not applicable to this profile.',
    description: 'Report, answers by stage: under a stage’s heading; both are numbers of questions',
  },
  answeredBy: { defaultMessage: 'Answered by', description: 'Report, answers by stage: label of who answered and when' },
  answeredByLine: { defaultMessage: '{by}, {at}', description: 'Report, answers by stage: who answered, then when (a date and time)' },
  nameNotRecorded: { defaultMessage: 'name not recorded', description: 'Report, answers by stage: who answered is not recorded (lower case)' },
  notes: { defaultMessage: 'Notes', description: 'Report, answers by stage: label of the assessor’s notes' },
  evidence: { defaultMessage: 'Evidence', description: 'Report: label of a piece of evidence' },
  evidenceLink: { defaultMessage: '{label} ({url})', description: 'PDF report: a piece of evidence, its description then its web address' },
  auditorsVerdict: { defaultMessage: 'Auditor’s verdict', description: 'Report, answers by stage: label of the auditor’s verdict on an answer' },
  reviewBy: { defaultMessage: '{verdict} (by {by})', description: 'Report: a verdict on an answer and who gave it' },
  withComment: { defaultMessage: '{text}: {comment}', description: 'Report: a verdict followed by the reviewer’s comment' },
  noAction: { defaultMessage: 'No action is planned yet.', description: 'Report, action plan: there is no action' },
  actionCounts: {
    defaultMessage: '{count, plural, one {# action} other {# actions}}; {overdue} overdue (marked {mark}).',
    description: 'Report, action plan: the line above the table; {mark} is the OVERDUE mark',
  },
  actionAndFindings: { defaultMessage: 'Action and the findings it addresses', description: 'PDF report, action plan table column' },
  findingsAddressed: { defaultMessage: 'Findings addressed', description: 'HTML report, action plan table column' },
  findingsList: { defaultMessage: 'Findings: {list}', description: 'PDF report, action plan: the findings an action addresses, by number' },
  completionEvidence: { defaultMessage: 'Evidence of completion', description: 'Report, action plan table column' },
  actionPlanCaption: { defaultMessage: 'The action plan', description: 'HTML report: caption of the action plan table' },
  noTradeoff: { defaultMessage: 'No trade-off is recorded.', description: 'Report, trade-offs: none is recorded' },
  atStake: { defaultMessage: 'What is at stake', description: 'Report, a trade-off: label' },
  resolution: { defaultMessage: 'Resolution', description: 'Report, a trade-off: label' },
  why: { defaultMessage: 'Why', description: 'Report, a trade-off: label of the rationale' },
  decided: { defaultMessage: 'Decided', description: 'Report, a trade-off: label of who decided and when' },
  noStakeholder: { defaultMessage: 'No engagement with stakeholders is recorded.', description: 'Report, stakeholders: none is recorded' },
  who: { defaultMessage: 'Who', description: 'Report, stakeholders table column' },
  when: { defaultMessage: 'When', description: 'Report, stakeholders table column' },
  how: { defaultMessage: 'How', description: 'Report, stakeholders table column' },
  whatChanged: { defaultMessage: 'What changed as a result', description: 'Report, stakeholders table column' },
  groups: { defaultMessage: 'Groups', description: 'Report: label or column of the groups of people concerned' },
  groupsList: { defaultMessage: 'Groups: {list}', description: 'PDF report, stakeholders table: the groups in the “who” cell' },
  stakeholdersCaption: { defaultMessage: 'Stakeholders consulted, and what changed as a result', description: 'HTML report: caption of the stakeholders table' },
  noBenefit: { defaultMessage: 'No benefit to rights is recorded.', description: 'Report, benefits: none is recorded' },
  rights: { defaultMessage: 'Rights', description: 'Report, a benefit: label of the rights it supports' },
  benefit: { defaultMessage: 'Benefit {n}', description: 'HTML report: heading of a benefit; {n} is its number' },
  annexIntro: {
    defaultMessage: 'Every source the applicable questions cite, with the passages cited. {count, plural, one {# source} other {# sources}}.',
    description: 'Report, sources annex: the line under the heading',
  },
  publishedBy: { defaultMessage: 'Published by', description: 'Report, sources annex: label' },
  date: { defaultMessage: 'Date', description: 'Report, sources annex: label of a source’s date' },
  identifier: { defaultMessage: 'Identifier', description: 'Report, sources annex: label of a source’s document symbol or number' },
  note: { defaultMessage: 'Note', description: 'Report, sources annex: label' },
  passagesCited: { defaultMessage: 'Passages cited', description: 'Report, sources annex: label' },
  verified: { defaultMessage: 'Verified: seen in a copy of the source.', description: 'Report, sources annex: a source’s status' },
  reference: {
    defaultMessage: 'Reference: standard reference knowledge, not checked against the primary text.',
    description: 'Report, sources annex: a source’s status',
  },
  hashLabel: { defaultMessage: 'SHA-256 of the canonical assessment JSON', description: 'Report: label of the assessment’s hash (keep SHA-256 and JSON)' },
  trailHeadLabel: { defaultMessage: 'SHA-256 of the last event of the change trail (its head)', description: 'Report: label of the change trail’s last hash' },
  hashInstruction: {
    defaultMessage:
      "To check that this report was made from a .hrba.json file, run “hrba hash '<file>'.hrba.json” on the file exported with it: it prints this value (the SHA-256 of the canonical JSON, RFC 8785, of the file’s “assessment”, as the file holds it).",
    description: 'Report, after the hash: how a reader recomputes it (keep the command “hrba hash <file>.hrba.json” as it is, with <file> quoted between apostrophes as here)',
  },
  noOpinion: { defaultMessage: 'No opinion given yet', description: 'Report, auditor’s opinion: the auditor has not chosen an opinion' },
  noOpinionMeaning: { defaultMessage: 'The auditor has not stated an overall opinion.', description: 'Report, auditor’s opinion: what having no opinion means' },
  notStated: { defaultMessage: 'not stated', description: 'Report, auditor’s opinion: a field the auditor left empty (lower case)' },
  basis: { defaultMessage: 'Basis for the opinion', description: 'Report, auditor’s opinion: label' },
  scope: { defaultMessage: 'Scope', description: 'Report, auditor’s opinion: label of what the audit covered' },
  method: { defaultMessage: 'Method', description: 'Report, auditor’s opinion: label' },
  limitations: { defaultMessage: 'Limitations', description: 'Report, auditor’s opinion: label' },
  auditor: { defaultMessage: 'Auditor', description: 'Report, auditor’s opinion: label of the auditor’s name' },
  verdictsColumn: { defaultMessage: 'Verdict on the applicable answers', description: 'PDF report, auditor’s opinion: table column' },
  verdictsCaption: { defaultMessage: 'Verdicts on the applicable answers', description: 'HTML report, auditor’s opinion: caption of the verdicts table' },
  verdict: { defaultMessage: 'Verdict', description: 'HTML report, auditor’s opinion: table column' },
  items: { defaultMessage: 'Items', description: 'Report, auditor’s opinion: table column, a number of checklist items' },
  notReviewed: { defaultMessage: 'Not reviewed', description: 'Report, auditor’s opinion: items the auditor has not given a verdict on' },
  verdictsWhere: {
    defaultMessage: 'Each item’s verdict and comment follow its answer in “{answers}”.',
    description: 'PDF report, auditor’s opinion: where the verdicts are; {answers} is the title of the answers section',
  },
  trailExplanation: {
    defaultMessage:
      'Every change to this assessment is an event in a hash chain: each event carries the SHA-256 of the one before, so editing, removing, reordering or inserting an event breaks the chain at that event. The trail travels in the .hrba.json file; “hrba verify” or the app’s Verify screen recomputes it. The head hash below identifies the whole trail.',
    description: 'Report, change trail annex: what the trail is (keep “hrba verify” as it is)',
  },
  events: { defaultMessage: 'Events', description: 'Report, change trail annex: label of the number of events' },
  firstEvent: { defaultMessage: 'First event', description: 'Report, change trail annex: label' },
  lastEvent: { defaultMessage: 'Last event', description: 'Report, change trail annex: label' },
  chain: { defaultMessage: 'Chain', description: 'Report, change trail annex: label of whether the chain is intact' },
  event: {
    defaultMessage: '{hasBy, select, yes {#{seq} {type}, {at}, by {by}} other {#{seq} {type}, {at}}}',
    description: 'Report, change trail annex: one event; {seq} is its number, {type} its kind of change (a code such as answer.set), {at} a date and time, {by} who made it',
  },
  none: { defaultMessage: 'none', description: 'Report, change trail annex: there is no such event (lower case)' },
  noEvents: { defaultMessage: 'none (no events)', description: 'Report, change trail annex: the trail has no event, so no head hash' },
  intact: {
    defaultMessage: 'intact: {count, plural, one {its one event starts the chain} other {every one of the # events links to the one before}}',
    description: 'Report, change trail annex: the chain is whole',
  },
  broken: {
    defaultMessage:
      'broken: event {seq} {problem, select, altered {was changed after it was recorded} inserted {was inserted into the trail} removed {follows an event that was removed} reordered {is out of order} out_of_sequence {has the wrong sequence number} not_a_start {names a predecessor, but no event comes before it} other {is not the last event the signature or import names; events after it were removed or replaced}}',
    description: 'Report, change trail annex: the chain is broken at event {seq}, and how',
  },
});

const M = REPORT_MESSAGES;

/** The names of the rating scales, as the methodology heads their tables. */
const SCALE_MESSAGES: Record<RatingDimension, MessageDescriptor> = defineMessages({
  scale: { defaultMessage: 'Scale (how grave)', description: 'Report, methodology: heading of the severity scale “scale” (UN Guiding Principle 14)' },
  scope: { defaultMessage: 'Scope (how many people)', description: 'Report, methodology: heading of the severity scale “scope” (UN Guiding Principle 14)' },
  irremediability: {
    defaultMessage: 'Irremediability (how hard to put right)',
    description: 'Report, methodology: heading of the severity scale “irremediability” (UN Guiding Principle 14)',
  },
  likelihood: { defaultMessage: 'Likelihood', description: 'Report, methodology: heading of the likelihood scale' },
});

const ENGLISH: LanguageState = { locale: 'en', messages: {} };

/** "2026-11-22T14:05:09.000Z" → "2026-11-22 14:05 UTC": a moment, the same in every language. */
export const formatTimestamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/**
 * The report's words in a language (English when none is given). `say` words any message;
 * `rich` keeps values that are not text (the HTML renderer's isolated names) as they are.
 */
export function reportWords(language: LanguageState = ENGLISH) {
  const say = (message: MessageDescriptor, values?: MessageValues) => String(formatMessage(language, message, values));
  const rich = <T>(message: MessageDescriptor, values: MessageValues<T>) => formatMessage<T>(language, message, values);
  const level = (n: number | null) => (n === null ? say(RATING_MESSAGES.notRated) : say(M.levelOf4, { level: n }));
  const ratingValue = (n: number | null) => (n === null ? say(M.notRatedLower) : String(n));
  return {
    language,
    /** The direction the report's sentences run in (Arabic: right to left). */
    dir: LOCALES[language.locale].dir,
    m: M,
    say,
    rich,
    sections: sectionTitles(language),
    cover: coverLabels(language),
    stage: (stage: StageId | null) => say(stage ? STAGE_MESSAGES[stage] : M.addedByAssessor),
    answer: (answer: AnswerStatus | null) => say(answer ? ANSWER_MESSAGES[answer] : M.notAnswered),
    involvement: (involvement: Involvement | null) => say(involvement ? INVOLVEMENT_MESSAGES[involvement] : M.notAssessed),
    findingStatus: (status: FindingStatus) => say(FINDING_STATUS_MESSAGES[status]),
    actionStatus: (status: ActionStatus) => say(ACTION_STATUS_MESSAGES[status]),
    verdict: (verdict: ReviewVerdict | null) => say(verdict ? VERDICT_MESSAGES[verdict] : M.notReviewed),
    kind: (kind: AssessmentKind) => say(ASSESSMENT_KIND_MESSAGES[kind]),
    opinion: (opinion: AuditOpinion | null) => say(opinion ? AUDIT_OPINION_MESSAGES[opinion].label : M.noOpinion),
    opinionMeaning: (opinion: AuditOpinion | null) => say(opinion ? AUDIT_OPINION_MESSAGES[opinion].meaning : M.noOpinionMeaning),
    principle: (framework: 'hrba' | 'pi', code: string) =>
      say(framework === 'hrba' ? HRBA_PRINCIPLE_MESSAGES[code as keyof typeof HRBA_PRINCIPLE_MESSAGES] : PI_PRINCIPLE_MESSAGES[code as keyof typeof PI_PRINCIPLE_MESSAGES]),
    /** A finding's title: the person's or the checklist's, or the item's question marked as a gap. */
    findingTitle: (f: Pick<ReportFinding, 'title' | 'titleIsQuestion'>) => (f.titleIsQuestion ? say(GAP_TITLE_MESSAGE, { question: f.title }) : f.title),
    scaleName: (scale: RatingDimension) => say(SCALE_MESSAGES[scale]),
    scaleLevels: (scale: RatingDimension) => ANCHOR_MESSAGES[scale].map((d) => say(d)),
    /** Short names of the levels 1–4, as the heat map's rows (severity) and columns (likelihood) name them. */
    severityName: (n: number) => say(SEVERITY_NAME_MESSAGES[n - 1]!),
    likelihoodName: (n: number) => say(LIKELIHOOD_NAME_MESSAGES[n - 1]!),
    /** The undiluted severity level (the highest dimension), as the heat map places the finding. */
    severity: (f: ReportFinding) => level(f.severityLevel),
    likelihood: (f: ReportFinding) => level(f.likelihood),
    severityDetail: (f: ReportFinding) =>
      [f.scale, f.scope, f.irremediability, f.likelihood].every((n) => n === null)
        ? say(M.notYetRatedLower)
        : say(M.ratingDetail, { scale: ratingValue(f.scale), scope: ratingValue(f.scope), irremediability: ratingValue(f.irremediability), likelihood: ratingValue(f.likelihood) }),
    redFlags: (count: number) => say(M.redFlagCount, { count }),
    unrated: (count: number) => say(M.unrated, { count }),
    verification: (verification: 'verified' | 'reference') => say(verification === 'verified' ? M.verified : M.reference),
    percent: (share: number) => say(M.sharePercent, { share }),
    /** An instant: "2026-11-22 10:00 UTC" in English (as the reports always have), else the language's own way, in UTC. */
    timestamp: (iso: string) => reportTimestamp(iso, language),
    /** A calendar day typed as YYYY-MM-DD (a due date, a decision's day): as typed in English, else the language's own way. */
    day: (iso: string) =>
      language.locale === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)
        ? iso
        : new Intl.DateTimeFormat(LOCALES[language.locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    trailEvent: (e: { seq: number; type: string; at: string; by: string } | null) =>
      e ? say(M.event, { seq: e.seq, type: e.type, at: reportTimestamp(e.at, language), by: e.by, hasBy: e.by ? 'yes' : 'no' }) : say(M.none),
    trailProblem: (problem: TrailProblem) => problem.replace(/-/g, '_'),
  };
}

export type ReportWords = ReturnType<typeof reportWords>;

/** English, the CLI's language and the default. */
export const ENGLISH_WORDS = reportWords();
