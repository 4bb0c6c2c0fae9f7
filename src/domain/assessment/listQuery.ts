import type { AssessmentHeader, ListLine, UnreadableEntry } from './summary';

export const LIST_SORTS = ['updated-desc', 'updated-asc', 'name-asc', 'name-desc', 'created-desc'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const LIST_PAGE_SIZE = 25;

export interface ListQuery {
  search: string;
  sort: ListSort;
  /** 1-based; clamped into range, so a page that emptied after a delete shows the last one. */
  page: number;
  pageSize?: number;
}

export interface ListPage {
  rows: AssessmentHeader[];
  /** Readable assessments matching the search, across all pages. */
  matching: number;
  page: number;
  pageCount: number;
  /** Rows this version cannot read: always listed, whatever the search. */
  unreadable: UnreadableEntry[];
}

/** Case- and accent-insensitive, so "lodz" finds "Łódź" and "ACME" finds "Acme". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLocaleLowerCase();
}

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Code-unit order, as IndexedDB orders keys: ISO timestamps sort by time, and faster than localeCompare. */
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Newest edit first; equal times by id, descending: the order of the stored `updatedAt` index read backwards. */
const newestFirst = (a: AssessmentHeader, b: AssessmentHeader) => codeUnits(b.updatedAt, a.updatedAt) || codeUnits(b.id, a.id);

const COMPARE: Record<ListSort, (a: AssessmentHeader, b: AssessmentHeader) => number> = {
  'updated-desc': newestFirst,
  'updated-asc': (a, b) => -newestFirst(a, b),
  'name-asc': (a, b) => byName.compare(a.productName, b.productName) || newestFirst(a, b),
  'name-desc': (a, b) => byName.compare(b.productName, a.productName) || newestFirst(a, b),
  'created-desc': (a, b) => codeUnits(b.createdAt, a.createdAt) || newestFirst(a, b),
};

/** Search (product name or organisation), sort and page the home list, in one pure step. */
export function queryList(entries: readonly ListLine[], query: ListQuery): ListPage {
  const needle = foldForSearch(query.search.trim());
  const unreadable: UnreadableEntry[] = [];
  const matches: AssessmentHeader[] = [];
  for (const entry of entries) {
    if (entry.state !== 'ok') unreadable.push(entry);
    else if (!needle || foldForSearch(`${entry.summary.productName}\n${entry.summary.organisation}`).includes(needle)) {
      matches.push(entry.summary);
    }
  }
  matches.sort(COMPARE[query.sort]);
  const size = query.pageSize ?? LIST_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(matches.length / size));
  const page = Math.min(Math.max(1, Math.floor(query.page)), pageCount);
  return { rows: matches.slice((page - 1) * size, page * size), matching: matches.length, page, pageCount, unreadable };
}
