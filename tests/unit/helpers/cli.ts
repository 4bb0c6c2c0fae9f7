import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HrbaFile } from '../../../src/domain';
import { main } from '../../../src/cli/main';
import { EXAMPLE_FILE } from './bundled';

/** Runs the CLI in-process and collects what it prints. */
export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The example file with one change, written into `dir`. */
export function exampleVariant(dir: string, name: string, edit: (file: HrbaFile) => void): string {
  const file = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as HrbaFile;
  edit(file);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
}
