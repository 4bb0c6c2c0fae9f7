import { useMemo } from 'react';
import { useIntl } from '../../i18n/react';
import { LOCALES } from '../../i18n/locales';

/** Today as YYYY-MM-DD in the person's own time zone: what "overdue" means to them. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A stored YYYY-MM-DD shown as "3 Mar 2026" (in English; `tag` is the BCP 47 language of
 * the words); read as a calendar date, never shifted by time zone.
 */
export function formatDate(iso: string, tag = 'en-GB'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** An instant shown in UTC, so people in different places read the same words: "3 Mar 2026, 14:05 UTC". */
export function formatDateTime(iso: string, tag = 'en-GB'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC', timeZoneName: 'short' }).format(date);
}

/** `formatDate` and `formatDateTime` in the chosen language; components re-render when it changes. */
export function useDates(): { date: (iso: string) => string; dateTime: (iso: string) => string } {
  const tag = LOCALES[useIntl().locale].intl;
  return useMemo(() => ({ date: (iso: string) => formatDate(iso, tag), dateTime: (iso: string) => formatDateTime(iso, tag) }), [tag]);
}
