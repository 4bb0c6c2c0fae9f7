import type { RefusalCode } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';

/** Plain words for a change the domain refused (its guard gives only a code). */
const WORDS: Record<RefusalCode, { problem: MessageDescriptor; advice: MessageDescriptor }> = {
  'revision-locked': defineMessages({
    problem: { defaultMessage: 'this revision is locked (signed), so it cannot change.', description: 'Why a change was refused (completes “Not saved: …”)' },
    advice: { defaultMessage: 'Start the next revision to make changes; this one stays exactly as it was signed.', description: 'What to do when a locked revision refused a change' },
  }),
  'audit-respondent-work': defineMessages({
    problem: {
      defaultMessage: 'in audit mode the respondent’s answers, profile, findings, actions and context cannot be changed.',
      description: 'Why a change was refused in audit mode (completes “Not saved: …”)',
    },
    advice: {
      defaultMessage: 'Record your verdicts and the audit statement under Audit review. To answer items yourself, choose another purpose in the Product step.',
      description: 'What to do when audit mode refused a change to the respondent’s work',
    },
  }),
};

export const refusalWords = (code: RefusalCode, intl: IntlShape) => ({ problem: intl.formatMessage(WORDS[code].problem), advice: intl.formatMessage(WORDS[code].advice) });
