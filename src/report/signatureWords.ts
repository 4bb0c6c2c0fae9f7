import { defineMessages, formatMessage } from '../i18n/format';
import type { LanguageState } from '../i18n/language';
import { LOCALES } from '../i18n/locales';
import { formatTimestamp } from './reportWords';

/**
 * What a report made for signing prints about its signature (the full report's and the
 * decision report's "Signed by … on … — verify at …" block), in the report's language. It
 * is drawn before signing, inside the signed bytes.
 */
const MESSAGES = defineMessages({
  signedBy: {
    defaultMessage: '{named, select, yes {Signed by {signer} ({organisation}) on {date} — verify at {where}.} other {Signed by {signer} on {date} — verify at {where}.}}',
    description:
      'Signed report, last page: who signed and when; {signer} is the signer’s name, {organisation} their organisation (named=no when there is none), {date} a date and time, {where} lists where the signature can be checked',
  },
  verifyAt: {
    defaultMessage: 'the HRBA@Tech app’s Verify screen, “hrba verify”, or any PAdES reader (for example pdfsig)',
    description: 'Signed report, last page: where the signature can be checked, inside “verify at …” (keep HRBA@Tech, “hrba verify”, PAdES and pdfsig as they are)',
  },
  pades: {
    defaultMessage: 'This PDF carries an X.509 digital signature (PAdES) over every byte of the report. The signing time is the signer’s own clock.',
    description: 'Signed report, last page: what the signature covers (keep X.509, PAdES and PDF as they are)',
  },
  fingerprint: { defaultMessage: 'Signing certificate, SHA-256 fingerprint', description: 'Signed report, last page: label of the signing certificate’s fingerprint (keep SHA-256 as is)' },
  trailHead: { defaultMessage: 'Head of the change trail', description: 'Signed report, last page: label of the hash of the last event of the assessment’s change trail' },
  reasonReport: {
    defaultMessage: 'HRBA@Tech due diligence report, revision {revision}',
    description: 'Signed PDF, the signature’s stated reason (a PDF reader shows it in its signature panel): {revision} is the revision number; keep HRBA@Tech as is',
  },
  reasonDecision: {
    defaultMessage: 'Procurement decision report {id}',
    description: 'Signed procurement decision PDF, the signature’s stated reason (a PDF reader shows it in its signature panel): {id} is the report’s identifier, a code',
  },
  label: { defaultMessage: '{label}:', description: 'Signed report, last page: a label before a hash on the next line; add the space your language puts before a colon' },
});

const ENGLISH: LanguageState = { locale: 'en', messages: {} };

/**
 * An instant as a report prints it: "2026-04-20 10:00 UTC" in English (as the reports always
 * have), else in the language's own way ("20 avril 2026 à 10:00 UTC"), always in UTC.
 */
export function reportTimestamp(iso: string, language: LanguageState = ENGLISH): string {
  if (language.locale === 'en') return formatTimestamp(iso);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' };
  return new Intl.DateTimeFormat(LOCALES[language.locale].intl, options).format(new Date(iso));
}

/** The signature block's words in a language (English when none is given); names and organisations are given isolated. */
export function signatureWords(language: LanguageState = ENGLISH) {
  const say = (message: (typeof MESSAGES)[keyof typeof MESSAGES], values?: Record<string, string>) => String(formatMessage(language, message, values));
  return {
    signedBy: (signer: string, organisation: string, signedAt: string) =>
      say(MESSAGES.signedBy, { signer, organisation, named: organisation ? 'yes' : 'no', date: reportTimestamp(signedAt, language), where: say(MESSAGES.verifyAt) }),
    pades: say(MESSAGES.pades),
    fingerprint: say(MESSAGES.label, { label: say(MESSAGES.fingerprint) }),
    trailHead: say(MESSAGES.label, { label: say(MESSAGES.trailHead) }),
  };
}

/** The reason written into the signature dictionary (not drawn on the page: a PDF reader's signature panel shows it), in a language. */
export function signatureReasons(language: LanguageState = ENGLISH) {
  return {
    report: (revision: number) => String(formatMessage(language, MESSAGES.reasonReport, { revision: String(revision) })),
    decision: (id: string) => String(formatMessage(language, MESSAGES.reasonDecision, { id })),
  };
}
