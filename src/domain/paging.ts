/**
 * One page of a long list (findings, actions): only its rows are drawn, so a screen
 * with thousands of entries costs what a page costs. Pages count from 1; a page past
 * the end shows the last one (the list may have shrunk since it was chosen).
 */
export const ROWS_PER_PAGE = 50;

export interface Page<T> {
  rows: T[];
  page: number;
  pageCount: number;
  /** Position (from 0) of the first row in the whole list. */
  offset: number;
  total: number;
}

export function pageOf<T>(list: readonly T[], page: number, size = ROWS_PER_PAGE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const offset = (current - 1) * size;
  return { rows: list.slice(offset, offset + size), page: current, pageCount, offset, total: list.length };
}

/** The page on which the entry at `index` (from 0) stands. */
export const pageHolding = (index: number, size = ROWS_PER_PAGE) => Math.floor(Math.max(0, index) / size) + 1;
