import { ACTION_STATUSES, FINDING_STATUSES } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

type FindingStatus = (typeof FINDING_STATUSES)[number];
type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The screens' words for a finding's status (the domain's FINDING_STATUS_LABELS stay the reports' English). */
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
