import { Fragment, type ReactNode } from 'react';
import { LOCALES } from '../../i18n/locales';
import { useIntl } from '../../i18n/react';

/**
 * A list of names in the interface's language ("A, B et C", "A وB"), each name marked with
 * the language it is written in: names kept in their source's words (rights as the UN sources
 * give them, checklist texts not translated yet) are read by a screen reader in that language.
 */
export function ListIn(props: { items: readonly string[]; lang: string }): ReactNode {
  const intl = useIntl();
  const parts = new Intl.ListFormat(LOCALES[intl.locale].intl, { type: 'conjunction' }).formatToParts(props.items);
  return parts.map((part, i) =>
    part.type === 'element' ? (
      <span key={i} lang={props.lang}>
        {part.value}
      </span>
    ) : (
      <Fragment key={i}>{part.value}</Fragment>
    ),
  );
}
