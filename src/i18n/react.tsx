import { Fragment, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { languageState, subscribeLanguage, type LanguageState } from './language';
import { formatMessage, type MessageDescriptor, type MessageValues } from './format';
import { LOCALES, type Locale } from './locales';

export interface IntlShape {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  /** Plain text (labels, attributes, titles). Values must be text or numbers. */
  formatMessage(descriptor: MessageDescriptor, values?: MessageValues): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatList(items: readonly string[], options?: Intl.ListFormatOptions): string;
  /** An instant (ISO string or Date) as a date and time in the person's own time zone. */
  formatDateTime(value: string | Date, options?: Intl.DateTimeFormatOptions): string;
}

/** The formatters of one language (useIntl gives the chosen one's); for words made outside a component, as in tests. */
export function intlFor(language: LanguageState): IntlShape {
  const tag = LOCALES[language.locale].intl;
  return {
    locale: language.locale,
    dir: LOCALES[language.locale].dir,
    formatMessage: (descriptor, values) => {
      const out = formatMessage(language, descriptor, values);
      return Array.isArray(out) ? out.join('') : String(out);
    },
    formatNumber: (value, options) => new globalThis.Intl.NumberFormat(tag, options).format(value),
    formatList: (items, options) => new globalThis.Intl.ListFormat(tag, { type: 'conjunction', ...options }).format(items),
    formatDateTime: (value, options = { dateStyle: 'medium', timeStyle: 'short' }) => {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? String(value) : new globalThis.Intl.DateTimeFormat(tag, options).format(date);
    },
  };
}

/** The formatters of the language chosen now, for code outside components (and tests). */
export function currentIntl(): IntlShape {
  return intlFor(languageState());
}

/** The chosen language's formatters; components re-render when the language changes. */
export function useIntl(): IntlShape {
  const language = useSyncExternalStore(subscribeLanguage, languageState, languageState);
  return useMemo(() => intlFor(language), [language]);
}

/**
 * A message that may hold markup: `values` can give elements, and tags in the message
 * (`<b>…</b>`) map to functions from their content to an element.
 */
export function FormattedMessage(props: MessageDescriptor & { values?: MessageValues<ReactNode> }): ReactNode {
  const language = useSyncExternalStore(subscribeLanguage, languageState, languageState);
  const { values, ...descriptor } = props;
  const out = formatMessage<ReactNode>(language, descriptor, values);
  // Each part in its own keyed fragment: parts made by tag functions (`<b>…</b>`) carry no key.
  return Array.isArray(out) ? out.map((part, i) => <Fragment key={i}>{part}</Fragment>) : out;
}
