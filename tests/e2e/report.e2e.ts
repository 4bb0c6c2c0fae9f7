import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/domain';
import { useAppSessions } from './support/browser';
import { download, exportButton, expectNoAxeViolations } from './support/app';
import { flatten, readPdf } from '../unit/report/pdfText';
import { pdfToText } from './support/pdf';

/**
 * The report a start-up hands to an investor or a regulator, made from the
 * complete example assessment after adding a finding and an action in the app.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/kestrel-insight.hrba.json');
const app = useAppSessions();

describe('the full report', () => {
  it('holds the executive summary, every finding and action, the sources annex and the hash of exactly this assessment', async () => {
    const { page, context } = await app.open();
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    const name = JSON.parse(readFileSync(EXAMPLE, 'utf8')).assessment.subject.productName as string;
    await page.getByRole('status').filter({ hasText: `Imported "${name}".` }).waitFor();
    await page.getByRole('link', { name, exact: true }).click();
    const sections = page.getByRole('navigation', { name: 'Assessment sections' });

    await sections.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('link', { name: 'Add a finding of your own' }).click();
    await page.getByLabel('Title (required)').fill('Support staff can read raw location trails');
    await page.getByRole('button', { name: 'Save finding' }).click();
    await page.getByRole('heading', { level: 2, name: 'Support staff can read raw location trails' }).waitFor();

    await sections.getByRole('link', { name: 'Action plan', exact: true }).click();
    await page.getByRole('button', { name: 'Add an action' }).click();
    const form = page.getByRole('form', { name: 'New action' });
    await form.getByLabel('What will be done (required)').fill('Restrict location trails to two named engineers');
    await form.getByRole('group', { name: 'Findings it addresses' }).getByRole('checkbox', { name: /Support staff can read raw location trails/ }).check();
    await form.getByRole('button', { name: 'Save action' }).click();
    await page.getByRole('row').filter({ hasText: 'Restrict location trails to two named engineers' }).waitFor();

    // What the app holds now, as its own export says.
    const { bytes: json } = await download(page, async () => (await exportButton(page, 'Export JSON')).click());
    const exported = JSON.parse(json.toString('utf8'));
    const hash = await sha256Hex(canonicalJson(exported.assessment));

    const { bytes: pdf } = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
    const pages = await readPdf(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer);
    const body = flatten(pages.map((p) => p.body).join('\n'));
    expect(body).toContain('Executive summary');
    expect(body).toContain('Annex: sources cited');
    expect(body).toContain('UN Guiding Principles on Business and Human Rights');
    expect(flatten(pages.at(-1)!.text)).toContain(hash);

    // The printed instruction, followed with real tools on the file as exported, gives the printed value.
    const last = flatten(pages.at(-1)!.text);
    expect(last).toContain('run “hrba hash <file>.hrba.json” on the file exported with it: it prints this value');
    const dir = mkdtempSync(join(tmpdir(), 'hrba-hash-'));
    const saved = join(dir, 'exported.hrba.json');
    writeFileSync(saved, json);
    const cli = spawnSync('npx', ['--no-install', 'hrba', 'hash', saved], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout.trim()).toBe(`${hash}  ${saved}`);
    expect(last).toContain(cli.stdout.split(' ')[0]);
    // And without this tool: an RFC 8785 implementation nobody here wrote (the canonicalize package), then sha256sum.
    const canonical = `node -e "process.stdout.write(require('canonicalize')(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).assessment))" "${saved}" | sha256sum`;
    const independent = spawnSync('sh', ['-c', canonical], { cwd: ROOT, encoding: 'utf8' });
    expect(independent.status, independent.stderr).toBe(0);
    expect(last).toContain(independent.stdout.split(' ')[0]);
    expect(pages.at(-1)!.text).toContain(`Page ${pages.length} of ${pages.length}`);
    // Every finding the assessment holds and every action it plans is in the report.
    expect(body).toContain('Support staff can read raw location trails');
    // Findings a person added print as F1, F2… in the order they were added, never by their internal id.
    const added = Object.keys(exported.assessment.findings).filter((key) => key.startsWith('F-'));
    expect(added.length).toBeGreaterThan(0);
    for (const key of Object.keys(exported.assessment.findings)) expect(body).toContain(key.startsWith('F-') ? `F${added.indexOf(key) + 1}:` : `${key}:`);
    expect(body).not.toMatch(/F-[0-9a-f]{8}/);
    for (const action of exported.assessment.actions) expect(body).toContain(flatten(action.description));

    const { bytes: html } = await download(page, async () => (await exportButton(page, 'Export HTML report')).click());
    // Opened on its own, as a reader would open the saved file: no app, no script.
    const report = await context.newPage();
    await report.setContent(html.toString('utf8'));
    expect(await report.getByRole('heading', { level: 1 }).textContent()).toContain(name);
    expect(await report.content()).toContain(hash);
    expect(await report.locator('script').count()).toBe(0);
    await expectNoAxeViolations(report, 'HTML report');
  });

  it('is made the same way on the command line: npx hrba report, read back with pdftotext', () => {
    const out = mkdtempSync(join(tmpdir(), 'hrba-cli-'));
    const r = spawnSync('npx', ['--no-install', 'hrba', 'report', EXAMPLE, '-o', join(out, 'report.pdf'), '--html', join(out, 'report.html')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const text = flatten(pdfToText(readFileSync(join(out, 'report.pdf'))));
    for (const heading of ['Contents', 'Executive summary', 'Easy-read summary', 'Methodology', 'Findings', 'Answers by stage', 'Action plan', 'Trade-offs', 'Stakeholders consulted', 'Benefits to rights', 'Annex: sources cited', 'SHA-256 of the canonical assessment JSON']) {
      expect(text, heading).toContain(heading);
    }
    for (const word of ['Łódź', 'Αθήνα', 'Москва']) expect(text).toContain(word);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});
