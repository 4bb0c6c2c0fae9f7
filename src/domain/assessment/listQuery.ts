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

/**
 * One line of the home list: the latest revision of an assessment, with the
 * earlier revisions of the same chain (newest first) reachable from it.
 */
export type ListRow = AssessmentHeader & { earlier: AssessmentHeader[] };

export interface ListPage {
  rows: ListRow[];
  /** Readable assessments (chains of revisions) matching the search, across all pages. */
  matching: number;
  /** Readable assessments (chains of revisions) in all, whatever the search. */
  total: number;
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

const byRevision = (a: AssessmentHeader, b: AssessmentHeader) => b.revision - a.revision || newestFirst(a, b);

/**
 * Revisions of one assessment, grouped by following each line's parent link to the
 * oldest revision stored here. A revision whose parent is not stored (deleted, or
 * never imported) starts a group of its own. Linear in the number of lines.
 */
export function groupRevisions(headers: readonly AssessmentHeader[]): ListRow[] {
  const byId = new Map(headers.map((s) => [s.id, s]));
  const rootOf = new Map<string, string>();
  const findRoot = (s: AssessmentHeader): string => {
    const seen: string[] = [];
    let current = s;
    // `seen` also stops a cycle, which only a hand-edited file could make.
    while (!rootOf.has(current.id) && current.parentId && byId.has(current.parentId) && !seen.includes(current.id)) {
      seen.push(current.id);
      current = byId.get(current.parentId)!;
    }
    const root = rootOf.get(current.id) ?? current.id;
    for (const id of [...seen, current.id]) rootOf.set(id, root);
    return root;
  };
  const groups = new Map<string, AssessmentHeader[]>();
  for (const s of headers) {
    const root = findRoot(s);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  }
  return [...groups.values()].map((group) => {
    const [latest, ...earlier] = group.sort(byRevision);
    return { ...latest!, earlier };
  });
}

const matchesSearch = (s: AssessmentHeader, needle: string) => foldForSearch(`${s.productName}\n${s.organisation}`).includes(needle);

/** Search (product name or organisation of any revision), sort and page the home list, in one pure step. */
export function queryList(entries: readonly ListLine[], query: ListQuery): ListPage {
  const needle = foldForSearch(query.search.trim());
  const unreadable: UnreadableEntry[] = [];
  const readable: AssessmentHeader[] = [];
  for (const entry of entries) {
    if (entry.state !== 'ok') unreadable.push(entry);
    else readable.push(entry.summary);
  }
  const rows = groupRevisions(readable);
  const matches = rows.filter((row) => !needle || matchesSearch(row, needle) || row.earlier.some((s) => matchesSearch(s, needle)));
  matches.sort(COMPARE[query.sort]);
  const size = query.pageSize ?? LIST_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(matches.length / size));
  const page = Math.min(Math.max(1, Math.floor(query.page)), pageCount);
  return { rows: matches.slice((page - 1) * size, page * size), matching: matches.length, total: rows.length, page, pageCount, unreadable };
}
