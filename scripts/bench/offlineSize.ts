import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Row } from './table';
import { bytes } from './stats';

/**
 * What going offline costs: every file the service worker precaches on the first
 * visit (read from the generated dist/sw.js), and the single-file build. Sizes
 * raw and gzip -9; information only, no target.
 */
const gzip = (body: Buffer) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;

export function offlineSizeRows(root: string): Row[] {
  const rows: Row[] = [];
  const sw = join(root, 'dist', 'sw.js');
  if (existsSync(sw)) {
    const urls = [...new Set([...readFileSync(sw, 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
    const files = urls.map((url) => readFileSync(join(root, 'dist', url)));
    const raw = files.reduce((n, f) => n + f.length, 0);
    const zipped = files.reduce((n, f) => n + gzip(f), 0);
    rows.push({ metric: `Service worker precache, ${urls.length} files (first visit), gzip -9`, value: bytes(zipped), target: 'none set', status: 'info' });
    rows.push({ metric: '  same, before gzip', value: bytes(raw), target: 'none set', status: 'info' });
  }
  const single = join(root, 'dist-single', 'hrba-tech.html');
  if (existsSync(single)) {
    const body = readFileSync(single);
    rows.push({ metric: 'Single-file build (dist-single/hrba-tech.html), gzip -9', value: bytes(gzip(body)), target: 'none set', status: 'info' });
    rows.push({ metric: '  same, before gzip', value: bytes(body.length), target: 'none set', status: 'info' });
  }
  return rows;
}
