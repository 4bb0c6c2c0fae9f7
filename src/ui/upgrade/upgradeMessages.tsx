import type { AspectChange, ItemAspect, ProfileChange } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

/**
 * The upgrade page's words for what changed in an item, one message per part of an item, its
 * `how` (added, changed, removed) chosen inside it where it can vary, so each language agrees its words. `hrba
 * upgrade` says the same in English from src/words/upgrade.ts, keyed by the same codes.
 */
export const ASPECT_MESSAGES: Record<ItemAspect, MessageDescriptor> = defineMessages({
  question: {
    defaultMessage: 'Question reworded',
    description: 'Checklist upgrade: the wording of an item’s question changed',
  },
  'buyer-question': {
    defaultMessage: '{how, select, added {Buyer’s wording of the question added} removed {Buyer’s wording of the question removed} other {Buyer’s wording of the question changed}}',
    description: 'Checklist upgrade: the question as a buyer reads it was added, removed or changed',
  },
  applies: {
    defaultMessage: 'Applies in different cases',
    description: 'Checklist upgrade: the rule that decides when an item is asked changed',
  },
  'red-flag': {
    defaultMessage: '{how, select, added {Now a red flag} removed {No longer a red flag} other {Red-flag rule changed}}',
    description: 'Checklist upgrade: the item became a red flag, stopped being one, or the answers that raise its flag changed',
  },
  'easy-read': {
    defaultMessage: '{how, select, added {Easy-read wording added} removed {Easy-read wording removed} other {Easy-read wording changed}}',
    description: 'Checklist upgrade: the plain-language (easy-read) version of the question changed',
  },
  why: {
    defaultMessage: '{how, select, added {“Why it matters” added} removed {“Why it matters” removed} other {“Why it matters” changed}}',
    description: 'Checklist upgrade: the item’s explanation of why it matters changed',
  },
  good: {
    defaultMessage: '{how, select, added {“What good looks like” added} removed {“What good looks like” removed} other {“What good looks like” changed}}',
    description: 'Checklist upgrade: the item’s description of good practice changed',
  },
  evidence: {
    defaultMessage: '{how, select, added {Evidence an auditor would ask for added} removed {Evidence an auditor would ask for removed} other {Evidence an auditor would ask for changed}}',
    description: 'Checklist upgrade: the list of evidence an auditor would ask for changed',
  },
  'gap-title': {
    defaultMessage: '{how, select, added {Gap title added} removed {Gap title removed} other {Gap title changed}}',
    description: 'Checklist upgrade: the title a finding on this item gets (the item worded as a gap) was added, removed or changed',
  },
  'good-practice': {
    defaultMessage: '{how, select, added {Good-practice note added} removed {Good-practice note removed} other {Good-practice note changed}}',
    description: 'Checklist upgrade: the note saying which measures are good practice not found in the sources changed',
  },
  sources: {
    defaultMessage: '{how, select, added {Sources added} removed {Sources removed} other {Sources changed}}',
    description: 'Checklist upgrade: the item’s citations changed',
  },
  principles: {
    defaultMessage: '{how, select, added {Principles added} removed {Principles removed} other {Principles changed}}',
    description: 'Checklist upgrade: the HRBA@Tech or Privacy International principles the item serves changed',
  },
  rights: {
    defaultMessage: '{how, select, added {Rights added} removed {Rights removed} other {Rights changed}}',
    description: 'Checklist upgrade: the human rights the item names changed',
  },
  groups: {
    defaultMessage: '{how, select, added {Groups added} removed {Groups removed} other {Groups changed}}',
    description: 'Checklist upgrade: the groups of people at risk the item names changed',
  },
  stage: {
    defaultMessage: 'Moved to another stage',
    description: 'Checklist upgrade: the item is now asked at another lifecycle stage',
  },
});

export const aspectMessage = (a: AspectChange): [MessageDescriptor, { how: string }] => [ASPECT_MESSAGES[a.aspect], { how: a.how }];

/** One change to a profile question, the option's label isolated (it is content, in the checklist's language). */
export function ProfileChangeText(props: { change: ProfileChange }) {
  const intl = useIntl();
  const c = props.change;
  switch (c.kind) {
    case 'question-reworded':
      return intl.formatMessage(ASPECT_MESSAGES.question);
    case 'option-added':
      return <FormattedMessage defaultMessage="Option added: “{label}”" description="Checklist upgrade: a profile question has a new option" values={{ label: <bdi>{c.label}</bdi> }} />;
    case 'option-removed':
      return <FormattedMessage defaultMessage="Option removed: “{label}”" description="Checklist upgrade: a profile question no longer offers an option" values={{ label: <bdi>{c.label}</bdi> }} />;
    case 'option-renamed':
      return (
        <FormattedMessage
          defaultMessage="Option renamed from “{from}” to “{to}”"
          description="Checklist upgrade: a profile option's wording changed"
          values={{ from: <bdi>{c.from}</bdi>, to: <bdi>{c.to}</bdi> }}
        />
      );
  }
}
