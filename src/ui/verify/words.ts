import type { TrailProblem } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

/** A broken change trail, as the Verify screen says it: which event broke and how, in one sentence each. */
export const TRAIL_BROKEN_MESSAGES: Record<TrailProblem, MessageDescriptor> = defineMessages({
  altered: {
    defaultMessage: 'Broken at event {seq} of {count}: it was changed after it was recorded.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  inserted: {
    defaultMessage: 'Broken at event {seq} of {count}: it was inserted into the trail.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  removed: {
    defaultMessage: 'Broken at event {seq} of {count}: it follows an event that was removed.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  reordered: {
    defaultMessage: 'Broken at event {seq} of {count}: it is out of order.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  'out-of-sequence': {
    defaultMessage: 'Broken at event {seq} of {count}: it has the wrong sequence number.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  'not-a-start': {
    defaultMessage: 'Broken at event {seq} of {count}: it names a predecessor, but no event comes before it.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
  'head-mismatch': {
    defaultMessage:
      'Broken at event {seq} of {count}: it is not the last event the signature or import names; events after it were removed or replaced.',
    description: 'Verify: the package’s change trail is broken; seq and count are numbers',
  },
});

/** Why a dropped file could not be checked at all. */
export const UNREADABLE_MESSAGES = defineMessages({
  'not-text': { defaultMessage: 'It is neither a PDF nor a text file (.hrba.json).', description: 'Verify: a dropped file cannot be checked' },
  'not-json': {
    defaultMessage: 'It is not a PDF, and not a .hrba.json package (its text is not JSON).',
    description: 'Verify: a dropped file cannot be checked',
  },
});
