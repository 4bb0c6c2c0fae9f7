import type { ACTION_STATUSES, FINDING_STATUSES, INVOLVEMENTS, RatingDimension } from '../domain';
import { defineMessages, type MessageDescriptor } from '../i18n/format';

/**
 * The words for findings and actions that the screens and the reports both say: statuses, involvement,
 * the rating levels and their anchors (one descriptor per meaning).
 */

type FindingStatus = (typeof FINDING_STATUSES)[number];
type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The title of a finding whose checklist item words no gap of its own: its question, marked as a gap (screens and reports). */
export const GAP_TITLE_MESSAGE: MessageDescriptor = defineMessages({
  gap: { defaultMessage: 'Gap: {question}', description: 'Title of a finding whose checklist item words no gap of its own: its question, marked as a gap' },
}).gap;

/** A finding's status, on the screens and in the reports. */
export const FINDING_STATUS_MESSAGES: Record<FindingStatus, MessageDescriptor> = defineMessages({
  open: { defaultMessage: 'Open', description: 'Status of a finding (a human-rights risk found): not yet addressed' },
  mitigating: { defaultMessage: 'Being mitigated', description: 'Status of a finding: actions to reduce the risk are under way' },
  resolved: { defaultMessage: 'Resolved', description: 'Status of a finding' },
  accepted: { defaultMessage: 'Accepted (with rationale)', description: 'Status of a finding: the risk is accepted, with a stated reason' },
});

export const ACTION_STATUS_MESSAGES: Record<ActionStatus, MessageDescriptor> = defineMessages({
  planned: { defaultMessage: 'Planned', description: 'Status of an action in the action plan' },
  'in-progress': { defaultMessage: 'In progress', description: 'Status of an action in the action plan' },
  done: { defaultMessage: 'Done', description: 'Status of an action in the action plan' },
  cancelled: { defaultMessage: 'Cancelled', description: 'Status of an action in the action plan' },
});

const LEVELS = defineMessages({
  minor: { defaultMessage: 'Minor', description: 'Severity level 1 of 4 of a human-rights harm (short name)' },
  moderate: { defaultMessage: 'Moderate', description: 'Severity level 2 of 4 of a human-rights harm (short name)' },
  serious: { defaultMessage: 'Serious', description: 'Severity level 3 of 4 of a human-rights harm (short name)' },
  grave: { defaultMessage: 'Grave', description: 'Severity level 4 of 4 of a human-rights harm (short name)' },
  unlikely: { defaultMessage: 'Unlikely', description: 'Likelihood level 1 of 4 of a human-rights harm' },
  possible: { defaultMessage: 'Possible', description: 'Likelihood level 2 of 4 of a human-rights harm' },
  likely: { defaultMessage: 'Likely', description: 'Likelihood level 3 of 4 of a human-rights harm' },
  certain: { defaultMessage: 'Already happening, or almost certain', description: 'Likelihood level 4 of 4 of a human-rights harm' },
  happening: { defaultMessage: 'Already happening', description: 'Likelihood level 4 of 4 of a human-rights harm (short name under the heat map)' },
});

/** Short names of the severity levels 1–4 (UN Guiding Principles: scale of the harm), as the heat map's rows name them. */
export const SEVERITY_NAME_MESSAGES: readonly MessageDescriptor[] = [LEVELS.minor, LEVELS.moderate, LEVELS.serious, LEVELS.grave];
/** Likelihood levels 1–4 in full, as the rating forms and the finding list say them. */
export const LIKELIHOOD_MESSAGES: readonly MessageDescriptor[] = [LEVELS.unlikely, LEVELS.possible, LEVELS.likely, LEVELS.certain];
/** Their short names, as the heat map's columns name them. */
export const LIKELIHOOD_NAME_MESSAGES: readonly MessageDescriptor[] = [LEVELS.unlikely, LEVELS.possible, LEVELS.likely, LEVELS.happening];

export const RATING_MESSAGES = defineMessages({
  notRated: { defaultMessage: 'Not rated', description: 'A finding’s severity or likelihood has not been rated' },
  notYetRated: { defaultMessage: 'Not yet rated', description: 'A finding has neither severity nor likelihood rated' },
  severity: {
    defaultMessage: '{level} of 4 ({name})',
    description: 'A finding’s severity: level is 1–4, name the level’s short name such as “Grave”',
  },
  likelihood: { defaultMessage: '{level}: {name}', description: 'A finding’s likelihood: level is 1–4, name the level’s words such as “Likely”' },
  both: {
    defaultMessage: 'Severity {severity} · likelihood {likelihood}',
    description: 'A finding’s rating in one line; severity is e.g. “4 of 4 (Grave)”, likelihood e.g. “3: Likely”',
  },
});

type Involvement = (typeof INVOLVEMENTS)[number];

/** How the organisation is involved in a harm (UNGP 19), on the screens and in the reports. */
export const INVOLVEMENT_MESSAGES: Record<Involvement, MessageDescriptor> = defineMessages({
  causes: { defaultMessage: 'We cause it', description: 'Finding editor, our involvement in a human-rights harm (UN Guiding Principle 19): we cause the harm' },
  contributes: { defaultMessage: 'We contribute to it', description: 'Finding editor, our involvement in a human-rights harm (UN Guiding Principle 19): we contribute to it' },
  'directly-linked': {
    defaultMessage: 'It is directly linked to our product through a business relationship',
    description: 'Finding editor, our involvement in a human-rights harm (UN Guiding Principle 19): neither caused nor contributed to, but linked through a business relationship',
  },
});

const ANCHORS = defineMessages({
  scale1: { defaultMessage: 'Minor: an inconvenience, quickly overcome', description: 'Severity, scale of a human-rights harm, level 1 of 4: name, then what it means' },
  scale2: { defaultMessage: 'Moderate: a real limit on a right', description: 'Severity, scale of a human-rights harm, level 2 of 4: name, then what it means' },
  scale3: {
    defaultMessage: 'Serious: loss of a livelihood, liberty, an essential service or safety',
    description: 'Severity, scale of a human-rights harm, level 3 of 4: name, then what it means',
  },
  scale4: {
    defaultMessage: 'Grave: harm to life, physical or mental integrity, or lasting loss of liberty',
    description: 'Severity, scale of a human-rights harm, level 4 of 4: name, then what it means',
  },
  scope1: { defaultMessage: 'A few individuals', description: 'Severity, scope of a human-rights harm (how many people it reaches), level 1 of 4' },
  scope2: { defaultMessage: 'A group or a community', description: 'Severity, scope of a human-rights harm (how many people it reaches), level 2 of 4' },
  scope3: { defaultMessage: 'A large share of users or a whole group of people', description: 'Severity, scope of a human-rights harm (how many people it reaches), level 3 of 4' },
  scope4: { defaultMessage: 'Most people affected, or society as a whole', description: 'Severity, scope of a human-rights harm (how many people it reaches), level 4 of 4' },
  irremediability1: { defaultMessage: 'Fully and quickly reversible', description: 'Severity, irremediability of a human-rights harm (how hard to put right), level 1 of 4' },
  irremediability2: { defaultMessage: 'Reversible with effort', description: 'Severity, irremediability of a human-rights harm (how hard to put right), level 2 of 4' },
  irremediability3: { defaultMessage: 'Hard to reverse; some harm lasts', description: 'Severity, irremediability of a human-rights harm (how hard to put right), level 3 of 4' },
  irremediability4: { defaultMessage: 'Permanent: cannot be undone', description: 'Severity, irremediability of a human-rights harm (how hard to put right), level 4 of 4' },
});

/**
 * The plain-language anchors of each 1–4 level, as the rating forms show them: the screens' words for the
 * levels 1–4 of each dimension in order (the reports' methodology lists them too).
 */
export const ANCHOR_MESSAGES: Record<RatingDimension, readonly MessageDescriptor[]> = {
  scale: [ANCHORS.scale1, ANCHORS.scale2, ANCHORS.scale3, ANCHORS.scale4],
  scope: [ANCHORS.scope1, ANCHORS.scope2, ANCHORS.scope3, ANCHORS.scope4],
  irremediability: [ANCHORS.irremediability1, ANCHORS.irremediability2, ANCHORS.irremediability3, ANCHORS.irremediability4],
  likelihood: LIKELIHOOD_MESSAGES,
};

