import type { ProfileChange } from '../../domain';
import { FormattedMessage } from '../../i18n/react';
import { profileChangeMessage } from '../../words/upgrade';

/** One change to a profile question, the option's label isolated (it is content, in the checklist's language). */
export function ProfileChangeText(props: { change: ProfileChange; lang?: string }) {
  const [message, values] = profileChangeMessage(props.change, (text) => <bdi lang={props.lang}>{text}</bdi>);
  return <FormattedMessage {...message} values={values} />;
}
