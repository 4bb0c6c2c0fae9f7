import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { RatingDimension } from '../../domain';

// Shared with the reports: one descriptor per meaning, in src/words.
export {
  ACTION_STATUS_MESSAGES,
  ANCHOR_MESSAGES,
  FINDING_STATUS_MESSAGES,
  INVOLVEMENT_MESSAGES,
  LIKELIHOOD_MESSAGES,
  LIKELIHOOD_NAME_MESSAGES,
  RATING_MESSAGES,
  SEVERITY_NAME_MESSAGES,
} from '../../words/findings';

/** The question each rating answers, as the full editor and the quick rating label it. */
export const DIMENSION_MESSAGES: Record<RatingDimension, MessageDescriptor> = defineMessages({
  scale: { defaultMessage: 'Scale: how grave is the harm?', description: 'Rating a finding: the severity dimension “scale” (UN Guiding Principle 14)' },
  scope: { defaultMessage: 'Scope: how many people does it reach?', description: 'Rating a finding: the severity dimension “scope” (UN Guiding Principle 14)' },
  irremediability: {
    defaultMessage: 'Irremediability: how hard is it to put right?',
    description: 'Rating a finding: the severity dimension “irremediability” (UN Guiding Principle 14)',
  },
  likelihood: { defaultMessage: 'Likelihood: how likely is the harm?', description: 'Rating a finding: how likely the harm is' },
});

/** Words more than one findings screen says. */
export const FINDING_WORDS = defineMessages({
  delete: { defaultMessage: 'Delete finding', description: 'Button that deletes a finding a person added' },
  backToAll: { defaultMessage: 'Back to all findings', description: 'Finding page: link back to the list of findings' },
  addedByYou: { defaultMessage: 'Added by you', description: 'Where a finding comes from: the person added it themselves' },
});
