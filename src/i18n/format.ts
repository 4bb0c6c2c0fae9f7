import { IntlMessageFormat, type PrimitiveType, type FormatXMLElementFn } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { LanguageState } from './language';
import { LOCALES } from './locales';

/**
 * A message as the code defines it. `defaultMessage` is English ICU text in the source; the
 * build (@formatjs/vite-plugin) replaces it by its syntax tree and adds `id`, a hash of the
 * text and description, which is the key in every catalogue (`npm run i18n:extract`).
 */
export interface MessageDescriptor {
  id?: string;
  defaultMessage?: string | MessageFormatElement[];
  /** For translators: where the words appear and what they mean. Removed from the build. */
  description?: string;
}

export type MessageValues<T = never> = Record<string, PrimitiveType | T | FormatXMLElementFn<T>>;

const formatters = new Map<string, IntlMessageFormat>();

/**
 * The message in the chosen language, else in English (the completeness test keeps every
 * catalogue whole, so the fallback shows only while a translation is being written).
 */
export function formatMessage<T = never>(language: LanguageState, descriptor: MessageDescriptor, values?: MessageValues<T>): string | T | (string | T)[] {
  const id = descriptor.id ?? '';
  const translated = language.messages[id];
  const locale = translated ? language.locale : 'en';
  const key = `${locale}\u0000${id || String(descriptor.defaultMessage)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const message = translated ?? descriptor.defaultMessage ?? id;
    formatter = new IntlMessageFormat(message, LOCALES[locale].intl);
    formatters.set(key, formatter);
  }
  return formatter.format<T>(values);
}

/** Marks message descriptors for extraction; they are translated where they are shown. */
export function defineMessages<K extends string>(messages: Record<K, MessageDescriptor>): Record<K, MessageDescriptor> {
  return messages;
}

export function defineMessage(message: MessageDescriptor): MessageDescriptor {
  return message;
}
