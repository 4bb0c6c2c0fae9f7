/** A plain, aligned text table: readable in a terminal and in a CI log alike. */

export type RowStatus = 'ok' | 'over target' | 'info' | 'FAILED';

export interface Row {
  metric: string;
  value: string;
  target: string;
  status: RowStatus;
}

export function formatTable(rows: readonly Row[]): string {
  const header: Row = { metric: 'metric', value: 'value', target: 'target', status: 'status' as RowStatus };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const w = { metric: width('metric'), value: width('value'), target: width('target'), status: width('status') };
  const line = (r: Row) =>
    `| ${r.metric.padEnd(w.metric)} | ${r.value.padStart(r === header ? 0 : w.value).padEnd(w.value)} | ${r.target.padEnd(w.target)} | ${r.status.padEnd(w.status)} |`;
  const rule = `|${'-'.repeat(w.metric + 2)}|${'-'.repeat(w.value + 2)}|${'-'.repeat(w.target + 2)}|${'-'.repeat(w.status + 2)}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** Status for a "lower is better" figure against an upper bound. */
export function statusFor(value: number, limit: number): RowStatus {
  return value <= limit ? 'ok' : 'over target';
}
