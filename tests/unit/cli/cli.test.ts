import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, type HrbaFile } from '../../../src/domain';
import { exampleVariant, runCli } from '../helpers/cli';
import { SECTIONS } from '../../../src/report/common';
import { EXAMPLE_FILE, ROOT, exampleAssessment } from '../helpers/bundled';
import { flatten, popplerText, readPdf } from '../report/pdfText';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { sectionTitles } from '../../../src/report/words';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-cli-'));

const run = runCli;
const variant = (name: string, edit: (file: HrbaFile) => void) => exampleVariant(tmp, name, edit);

describe('hrba validate', () => {
  it('accepts the example, exits 0 and prints a summary with the assessment hash', async () => {
    const r = await run('validate', EXAMPLE_FILE, '--date', '2026-11-22');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`valid: ${EXAMPLE_FILE}`);
    expect(r.out).toContain('74 of 74 applicable questions answered (100%)');
    expect(r.out).toContain('14 findings (13 not resolved, 1 red flag); 13 actions (3 overdue)');
    expect(r.out).toContain(`SHA-256 of the canonical assessment JSON: ${await sha256Hex(canonicalJson(exampleAssessment()))}`);
  });

  it('refuses a file with a bad field, exits 1 and prints path: message lines', async () => {
    const path = variant('bad-field.hrba.json', (f) => {
      Object.assign(f.assessment.answers['CON-01']!, { status: 'maybe' });
      f.assessment.actions[0]!.dueDate = 'soon';
    });
    const r = await run('validate', path);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain(`invalid: ${path}: 2 problems`);
    expect(r.err).toMatch(/^assessment\.answers\.CON-01\.status: .*"yes"/m);
    expect(r.err).toMatch(/^assessment\.actions\[0\]\.dueDate: Expected a date as YYYY-MM-DD\.$/m);
  });

  it('refuses a file made with a checklist this package does not bundle, or with edited content', async () => {
    const other = await run('validate', variant('other.hrba.json', (f) => { f.checklist.version = f.assessment.checklist.version = '9.9.9'; }));
    expect(other.code).toBe(1);
    expect(other.err).toMatch(/^checklist: Uses hrba-tech version 9\.9\.9; this installation has 1\.0\.0(,? (or )?\d+\.\d+\.\d+)+\.$/m);
    const edited = await run('validate', variant('edited.hrba.json', (f) => { f.checklist.contentHash = f.assessment.checklist.contentHash = `sha256:${'0'.repeat(64)}`; }));
    expect(edited.code).toBe(1);
    expect(edited.err).toMatch(/^checklist: Uses hrba-tech 1\.0\.0 with different content/m);
  });

  it('refuses what is not an assessment file', async () => {
    const notJson = join(tmp, 'broken.hrba.json');
    writeFileSync(notJson, '{"kind": "hrba.assessment",');
    expect((await run('validate', notJson)).err).toMatch(/^The file is not valid JSON: /m);
    const missing = await run('validate', join(tmp, 'nowhere.hrba.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^The file could not be read: ENOENT$/m);
  });

  it('exits 2 with the usage on a wrong command line', async () => {
    for (const argv of [['validate'], ['validate', 'a.json', 'b.json'], ['validate', EXAMPLE_FILE, '--bogus'], ['validate', EXAMPLE_FILE, '--date', '22/11/2026'], ['frobnicate'], []]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toContain('Usage:');
    }
  });
});

describe('hrba report', () => {
  it('writes the PDF and the HTML report with every section, and exits 0', async () => {
    const pdf = join(tmp, 'out', 'report.pdf');
    const html = join(tmp, 'out', 'report.html');
    const r = await run('report', EXAMPLE_FILE, '-o', pdf, '--html', html, '--date', '2026-11-22');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^wrote ${pdf} \\(\\d+\\.\\d kB\\)$`, 'm'));
    expect(r.out).toMatch(new RegExp(`^wrote ${html} \\(\\d+\\.\\d kB\\)$`, 'm'));
    const bytes = readFileSync(pdf);
    const pages = await readPdf(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const text = flatten(pages.map((p) => p.body).join('\n'));
    for (const title of Object.values(SECTIONS).filter((t) => t !== SECTIONS.audit)) expect(text).toContain(title);
    expect(text).toContain('Date: 2026-11-22 00:00 UTC');
    expect(text).toContain('In progress, OVERDUE');
    expect(readFileSync(html, 'utf8')).toContain('<h1>Human rights due diligence report: <bdi>Kestrel Insight</bdi></h1>');
  }, 30_000);

  it('writes nothing and exits 1 when the file is invalid', async () => {
    const pdf = join(tmp, 'never.pdf');
    const r = await run('report', variant('invalid.hrba.json', (f) => { delete (f.assessment.subject as Partial<typeof f.assessment.subject>).productName; }), '-o', pdf);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^assessment\.subject\.productName: /m);
    expect(existsSync(pdf)).toBe(false);
  });

  it('--lang fr: the installed command (dist-cli) writes the report with French headings, as pdftotext reads them', async () => {
    const pdf = join(tmp, 'fr', 'report.pdf');
    const html = join(tmp, 'fr', 'report.html');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/hrba.mjs'), 'report', EXAMPLE_FILE, '--lang', 'fr', '-o', pdf, '--html', html, '--date', '2026-11-22'], { cwd: tmp, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const french = sectionTitles({ locale: 'fr', messages: await loadCatalogue('fr') });
    const bytes = readFileSync(pdf);
    const text = flatten(popplerText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    for (const heading of [french.summary, french.findings, french.actions, french.methodology]) expect(text, heading).toContain(flatten(heading));
    expect(text).toContain('Kestrel Insight');
    expect(text).not.toContain(SECTIONS.summary);
    expect(text).not.toMatch(/Page \d+ of \d+/);
    expect(readFileSync(html, 'utf8')).toContain(`>${french.findings}</`);
  }, 180_000);

  it('--lang with a language the reports are not made in: exits 2 naming the languages, and writes nothing', async () => {
    const pdf = join(tmp, 'xx', 'report.pdf');
    const html = join(tmp, 'xx', 'report.html');
    const r = await run('report', EXAMPLE_FILE, '--lang', 'xx', '-o', pdf, '--html', html);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang: "xx" is not a language the reports are made in; use en (English), fr (Français), es (Español) or ar (العربية)');
    expect(existsSync(pdf)).toBe(false);
    expect(existsSync(html)).toBe(false);
    expect(existsSync(join(tmp, 'xx'))).toBe(false);
    expect((await run('report', EXAMPLE_FILE, '--lang', 'FR', '-o', pdf)).code).toBe(2);
    expect(existsSync(pdf)).toBe(false);
  });

  it('exits 2 when no output is named or an option is unknown', async () => {
    expect((await run('report', EXAMPLE_FILE)).code).toBe(2);
    expect((await run('report', EXAMPLE_FILE, '--pdf', 'x.pdf')).code).toBe(2);
    expect((await run('report', '-o', 'x.pdf')).code).toBe(2);
  });
});

describe('hrba hash', () => {
  it('prints, as sha256sum does, the SHA-256 of the canonical JSON of the file’s assessment as the file holds it', async () => {
    const raw = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));
    const r = await run('hash', EXAMPLE_FILE);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`${await sha256Hex(canonicalJson(raw.assessment))}  ${EXAMPLE_FILE}`);
    // The value the report prints for the same file.
    const pdf = join(tmp, 'hash-report.pdf');
    expect((await run('report', EXAMPLE_FILE, '-o', pdf)).code).toBe(0);
    const pages = await readPdf(readFileSync(pdf).buffer as ArrayBuffer);
    expect(flatten(pages.at(-1)!.text)).toContain(r.out.split(' ')[0]);
  });

  it('says why when the file is not an assessment file, and is used with exactly one file', async () => {
    const notJson = join(tmp, 'hash-not.json');
    writeFileSync(notJson, 'not json');
    const r = await run('hash', notJson);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is not a .hrba.json file with an "assessment" object');
    expect((await run('hash')).code).toBe(2);
    expect((await run('hash', EXAMPLE_FILE, EXAMPLE_FILE)).code).toBe(2);
  });
});

describe('hrba help and the bin', () => {
  it('prints every command', async () => {
    const r = await run('help');
    expect(r.code).toBe(0);
    for (const command of ['hrba validate <file.hrba.json>', 'hrba report <file.hrba.json> -o <report.pdf> [--html <report.html>]', 'hrba checklist lint <dir>']) {
      expect(r.out).toContain(command);
    }
  });

  it('prints its version', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`hrba ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`);
  });

  it('starts help and version without loading any command: only the bin, the compiled entry (and, for version, the paths module) resolve', () => {
    // A resolve hook that appends every module Node resolves to a file, so what `hrba help` loads can be read back.
    // Written synchronously: the hooks run on their own thread, and its stderr may be cut off when the command exits.
    const loaded = (command: string) => {
      const log = join(tmp, `resolved-${command.replace(/\W/g, '')}.txt`);
      writeFileSync(log, '');
      const hook = `import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`;
      const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
      const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, join(ROOT, 'bin/hrba.mjs'), command], { cwd: tmp, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      // Chunk names lose their content hash (the bundler may split one module into a facade and its body).
      const files = urls.filter((u) => !u.startsWith('node:')).map((u) => u.replace(pathToFileURL(ROOT).href, '').replace(/-[\w-]{8}\.mjs$/, '.mjs'));
      return [...new Set(files)];
    };
    expect(loaded('help')).toEqual(['/bin/hrba.mjs', '/dist-cli/hrba.mjs']);
    expect(loaded('--version')).toEqual(['/bin/hrba.mjs', '/dist-cli/hrba.mjs', '/dist-cli/chunks/paths.mjs']);
  }, 240_000);

  it('runs compiled JavaScript: no TypeScript file or loader is resolved while the installed command validates a file', () => {
    // A resolve hook that refuses anything TypeScript: the bin must reach dist-cli, never src/*.ts through tsx.
    const hook = `export async function resolve(s, c, next) { const r = await next(s, c); if (/\\.tsx?$|\\/node_modules\\/tsx\\//.test(r.url)) throw new Error('TypeScript at run time: ' + r.url); return r; }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, join(ROOT, 'bin/hrba.mjs'), 'validate', EXAMPLE_FILE], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid:');
    // The hook is live: the same process refuses the TypeScript entry point.
    const ts = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--import', 'tsx', join(ROOT, 'bin/hrba.ts'), 'help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(ts.status).not.toBe(0);
    expect(ts.stderr).toContain('TypeScript at run time');
  }, 60_000);

  it('gives the same PDF bytes for the same file and --date, and different ones for another day', async () => {
    const pdf = async (name: string, date: string) => {
      expect((await run('report', EXAMPLE_FILE, '-o', join(tmp, name), '--date', date)).code).toBe(0);
      return readFileSync(join(tmp, name));
    };
    const [a, b, c] = [await pdf('same-a.pdf', '2026-12-01'), await pdf('same-b.pdf', '2026-12-01'), await pdf('other.pdf', '2026-12-02')];
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  }, 60_000);

  it('runs from any working directory: the bundled checklists are found from the package, not the cwd', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/hrba.mjs'), 'validate', EXAMPLE_FILE], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('valid:');
  }, 60_000);
});
