import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HrbaFile } from '../../../src/domain';
import { exampleVariant, runCli } from '../helpers/cli';
import { EXAMPLE_FILE } from '../helpers/bundled';
import { hostileCorpus } from '../../hostile/corpus';
import { writeOversizedFiles } from '../../hostile/oversized';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-cli-hostile-'));
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const run = runCli;
const variant = (name: string, edit: (file: HrbaFile) => void) => exampleVariant(tmp, name, edit);

describe('the CLI prints nothing that drives a terminal', () => {
  it('escapes ESC, BEL, NUL and backspace from a crafted kind, so "valid:" cannot be painted over a failure', async () => {
    const path = variant('kind.hrba.json', (f) => {
      (f as { kind: string }).kind = '\u001b[2K\rvalid: vendor.hrba.json\u0007\u0000\b';
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(RAW_CONTROL);
    expect(r.err).toContain('kind: The kind “\\u001b[2K\\u000dvalid: vendor.hrba.json\\u0007\\u0000\\u0008” is not one this version reads');
  });

  it('escapes controls in unknown keys and in the file name itself', async () => {
    const path = variant('keys\u001b]0;pwned\u0007.hrba.json', (f) => {
      (f.assessment as unknown as Record<string, unknown>)['x\u009b31m'] = 1;
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(`${r.out}${r.err}`).not.toMatch(RAW_CONTROL);
    expect(r.err).toContain('keys\\u001b]0;pwned\\u0007.hrba.json');
    expect(r.err).toContain('x\\u009b31m');
  });
});

describe('--json for scripts and CI', () => {
  it('prints one parseable object with the summary for a valid file', async () => {
    const r = await run('validate', EXAMPLE_FILE, '--json', '--date', '2026-11-22');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { ok: boolean; summary: { answered: number; applicable: number; findings: number; assessmentHash: string } };
    expect(result.ok).toBe(true);
    expect(result.summary).toMatchObject({ answered: 74, applicable: 74, findings: 14 });
    expect(result.summary.assessmentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('prints the problems as data for an invalid file, still parseable when they hold control characters', async () => {
    const path = variant('json-bad.hrba.json', (f) => {
      (f as { kind: string }).kind = 'evil\u001b\u202e\u0085';
    });
    const r = await run('validate', path, '--json');
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(RAW_CONTROL);
    const result = JSON.parse(r.out) as { ok: boolean; problems: { path: string; message: string }[] };
    expect(result).toEqual({
      ok: false,
      file: path,
      problems: [
        {
          path: 'kind',
          code: 'kind-unknown',
          values: { found: 'evil\u001b\u202e\u0085', expected: ['hrba.assessment'] },
          message: 'The kind “evil\u001b\u202e\u0085” is not one this version reads; expected hrba.assessment.',
        },
      ],
    });
  });
});

describe('sizes and encodings', () => {
  it('refuses a 600 MB file from its size alone, without reading it', async () => {
    const path = join(tmp, 'huge.hrba.json');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: takes no disk space
    closeSync(fd);
    const r = await run('validate', path);
    expect(r).toEqual({ code: 1, out: '', err: `invalid: ${path}: 1 problem\nThe file is 600.0 MB; the limit is 25 MB.` });
  });

  it('refuses a directory and a device for what they are', async () => {
    const dir = join(tmp, 'a-dir.hrba.json');
    mkdirSync(dir, { recursive: true });
    expect((await run('validate', dir)).err).toContain(`invalid: ${dir}: 1 problem\nThis is a directory, not a file.`);
    expect((await run('validate', '/dev/zero')).err).toContain('This is not a regular file.');
  });

  it('reads a UTF-16 file with a byte-order mark as the app does', async () => {
    const path = join(tmp, 'utf16.hrba.json');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(EXAMPLE_FILE, 'utf8'), 'utf16le')]));
    const r = await run('validate', path);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('says a UTF-16 file without a byte-order mark is UTF-16, with no NUL in the message', async () => {
    const path = join(tmp, 'utf16-nobom.hrba.json');
    writeFileSync(path, Buffer.from(readFileSync(EXAMPLE_FILE, 'utf8'), 'utf16le'));
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The file looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8.');
    expect(r.err).not.toContain('\u0000');
  });
});

describe('nothing hidden', () => {
  it('refuses answers and findings on questions the checklist does not have', async () => {
    const path = variant('unknown-item.hrba.json', (f) => {
      f.assessment.answers['ZZZ-999'] = { ...f.assessment.answers['CON-01']! };
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toContain('assessment.answers.ZZZ-999: Names question “ZZZ-999”, which hrba-tech 1.0.0 does not have.');
  });

  it('refuses unknown triage values, which would change which questions apply', async () => {
    const path = variant('triage.hrba.json', (f) => {
      f.assessment.triage['made-up'] = true;
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^assessment\.triage\.made-up: Is not a profile question of hrba-tech 1\.0\.0\.$/m);
  });

  it('refuses two actions with the same id', async () => {
    const path = variant('dup.hrba.json', (f) => {
      f.assessment.actions.push({ ...f.assessment.actions[0]!, description: 'another' });
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^assessment\.actions\[\d+\]\.id: The id “A-01” is used twice \(also at position 0\); ids must be unique\.$/m);
  });
});

describe('the hostile corpus gets the same answer from the CLI as from the app (tests/e2e/hostile.e2e.ts)', () => {
  const corpus = hostileCorpus(readFileSync(EXAMPLE_FILE, 'utf8'));

  it.each(corpus.map((c) => [c.name, c] as const))('%s', async (name, hostile) => {
    const path = join(tmp, `${name}.hrba.json`);
    writeFileSync(path, hostile.bytes);
    const r = await run('validate', path, '--json');
    const result = JSON.parse(r.out) as { ok: boolean; problems?: { path: string; message: string }[] };
    if (hostile.refusal === null) {
      expect(result.problems ?? []).toEqual([]);
      expect(r.code).toBe(0);
    } else {
      expect(r.code).toBe(1);
      expect(result.problems!.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(hostile.refusal);
    }
  }, 60_000);

  it('refuses files of 27 to 600 MB by their size, with the size in the message', async () => {
    const cases = await writeOversizedFiles(tmp);
    for (const big of cases) {
      const r = await run('validate', big.path, '--json');
      expect(r.code, big.name).toBe(1);
      const result = JSON.parse(r.out) as { problems: { path: string; message: string }[] };
      expect(result.problems).toHaveLength(1);
      expect(`${result.problems[0]!.path}: ${result.problems[0]!.message}`).toMatch(big.refusal);
    }
  }, 120_000);
});
