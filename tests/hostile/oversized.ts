import { closeSync, createWriteStream, openSync, ftruncateSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/**
 * Files over the 25 MB limit, written to disk without ever being held in memory:
 * streamed in 1 MB chunks, or (600 MB) a JSON head followed by a sparse hole. Each
 * must be refused from the size the file system reports, before a byte is read, with
 * the size in the message, by the app's import and by the CLI alike.
 */
export interface OversizedCase {
  name: string;
  path: string;
  refusal: RegExp;
}

const MB = 1024 * 1024;
const HEAD = '{"kind":"hrba.assessment","formatVersion":2,"assessment":{"subject":{"description":"';

/** Writes `chunks` times `chunk` between a JSON head and tail, one chunk in memory at a time. */
async function stream(path: string, chunk: Buffer, chunks: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (b: Buffer) => {
    bytes += b.byteLength;
    if (!out.write(b)) await once(out, 'drain');
  };
  await write(Buffer.from(HEAD));
  for (let i = 0; i < chunks; i++) await write(chunk);
  await write(Buffer.from('"}}}'));
  out.end();
  await once(out, 'finish');
  return bytes;
}

const sizeIn = (bytes: number) => (bytes / MB).toFixed(1).replace('.', '\\.');

export async function writeOversizedFiles(dir: string): Promise<OversizedCase[]> {
  const cases: OversizedCase[] = [];
  // 50 MB of plain text.
  const plain = join(dir, 'over-50mb.hrba.json');
  const plainBytes = await stream(plain, Buffer.alloc(MB, 'x'), 50);
  cases.push({ name: 'over-50mb.hrba.json', path: plain, refusal: new RegExp(`The file is ${sizeIn(plainBytes)} MB; the limit is 25 MB`) });
  // 27 MB of "€" (3 bytes each): fewer characters than the limit, more bytes.
  const euros = join(dir, 'multibyte-27mb.hrba.json');
  const euroBytes = await stream(euros, Buffer.from('€'.repeat(MB / 2)), 18);
  cases.push({ name: 'multibyte-27mb.hrba.json', path: euros, refusal: new RegExp(`The file is ${sizeIn(euroBytes)} MB; the limit is 25 MB`) });
  // 600 MB: a JSON head, then a hole the file system does not store.
  const huge = join(dir, 'sparse-600mb.hrba.json');
  const fd = openSync(huge, 'w');
  writeSync(fd, HEAD);
  ftruncateSync(fd, 600 * MB);
  closeSync(fd);
  cases.push({ name: 'sparse-600mb.hrba.json', path: huge, refusal: /The file is 600\.0 MB; the limit is 25 MB/ });
  return cases;
}
