import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreHrbaFile, restoreHrbaFileBytes, serializeHrbaFile, type RestoreResult } from '../../../src/domain';
import { runCli } from '../helpers/cli';
import { exampleAssessment } from '../helpers/bundled';
import { makeHrbaFile } from '../../../src/domain';
import { englishProblemText } from '../../../src/words/problems';

/**
 * Any input gets a valid result or specific problems: never a throw, never a
 * problem without a path and a message, and never a hang. The bound on a hang is
 * stated here: 10 s for one input (a valid 25 MB file restores in well under that).
 */
const HANG_BOUND_MS = 10_000;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const valid = JSON.parse(serializeHrbaFile(makeHrbaFile(exampleAssessment(), { name: 'hrba-tech', version: '0.1.0' }, '2026-11-22T10:00:00.000Z'))) as unknown;

function isSpecific(result: RestoreResult): boolean {
  if (result.ok) return true;
  return result.problems.length > 0 && result.problems.every((p) => {
    // A code more precise than "invalid", with a place unless it is about the whole file.
    const text = englishProblemText(p);
    return p.code !== 'invalid' && (p.path.length > 0 || p.code.startsWith('file-') || p.code.startsWith('json-')) && !/\bat .*\.ts:\d+/.test(text);
  });
}

/** The valid file with one value somewhere in it replaced by anything. */
const mutation = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('replace', 'delete', 'duplicate')).map(([pick, value, how]) => {
  const copy = structuredClone(valid) as Record<string, unknown>;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        slots.push([node, i]);
        walk(v);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, k]);
        walk(v);
      }
    }
  };
  walk(copy);
  const [parent, key] = slots[pick % slots.length]!;
  if (how === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (how === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  else (parent as Record<string | number, unknown>)[key] = value;
  return JSON.stringify(copy);
});

describe('fuzz: restoreHrbaFile', () => {
  const opts = { numRuns: 300, timeout: HANG_BOUND_MS };

  it('answers any string with a result or specific problems, never a throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => isSpecific(restoreHrbaFile(text))), opts);
  }, 120_000);

  it('answers any JSON value the same way', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => isSpecific(restoreHrbaFile(JSON.stringify(value) ?? 'null'))), opts);
  }, 120_000);

  it('answers any byte sequence, including BOMs and truncated UTF-16', () => {
    const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0, 0, 0xfe, 0xff]);
    fc.assert(fc.property(prefix, fc.uint8Array({ maxLength: 2000 }), (p, body) => isSpecific(restoreHrbaFileBytes(new Uint8Array([...p, ...body])))), opts);
  }, 120_000);

  it('answers the example with one value replaced, deleted or duplicated, and never changes its input', () => {
    fc.assert(
      fc.property(mutation, (text) => {
        const before = text.slice();
        const result = restoreHrbaFile(text);
        return isSpecific(result) && text === before;
      }),
      { ...opts, numRuns: 400 },
    );
  }, 300_000);
});

describe('fuzz: hrba validate', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'hrba-fuzz-'));
  let n = 0;

  it('exits 0 or 1 with terminal-safe output and a path: message for every problem', async () => {
    const input = fc.oneof(mutation, fc.string({ unit: 'binary', maxLength: 300 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? ''));
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const path = join(tmp, `f${n++}.hrba.json`);
        writeFileSync(path, text);
        for (const argv of [['validate', path], ['validate', path, '--json']]) {
          const r = await runCli(...argv);
          expect([0, 1]).toContain(r.code);
          expect(`${r.out}${r.err}`).not.toMatch(RAW_CONTROL);
          expect(r.err).not.toContain('internal error');
          if (argv.includes('--json')) expect(JSON.parse(r.out)).toHaveProperty('ok', r.code === 0);
          // Each problem: `path: Sentence`, or the sentence alone for the whole file.
          else if (r.code === 1) expect(r.err.split('\n').slice(1).every((line) => /^(?:[^:\s]+: )?[A-Z“].{5,}$/.test(line))).toBe(true);
        }
      }),
      { numRuns: 40, timeout: HANG_BOUND_MS },
    );
  }, 600_000);
});
