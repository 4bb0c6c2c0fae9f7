import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { FullReport } from '../../../src/domain/report/fullReport';
import { escapeHtml, renderFullReportHtml } from '../../../src/report/html';
import { SECTIONS } from '../../../src/report/common';
import { exampleReport, syntheticReport } from './fixtures';

const require = createRequire(import.meta.url);
const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)> \'quoted\'';

let example: FullReport;
let doc: Document;

beforeAll(async () => {
  example = await exampleReport();
  doc = new JSDOM(renderFullReportHtml(example)).window.document;
});

describe('escapeHtml', () => {
  it('turns every character with a meaning in HTML into an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text alone, including non-Latin scripts and numbers', () => {
    expect(escapeHtml('Łódź, Αθήνα, Москва — 42')).toBe('Łódź, Αθήνα, Москва — 42');
    expect(escapeHtml(7)).toBe('7');
  });
});

describe('renderFullReportHtml', () => {
  it('shows markup typed into notes and names as text, never as markup', async () => {
    const report = await syntheticReport({
      productName: `Product ${HOSTILE}`,
      extra: (a, apply) => {
        const itemId = Object.keys(a.answers)[0]!;
        apply({ type: 'answer.set', itemId, status: 'no', notes: `Notes ${HOSTILE}`, evidence: [{ label: `Evidence ${HOSTILE}`, url: '' }] });
        apply({ type: 'stakeholder.set', stakeholder: { id: 'S-1', who: `Who ${HOSTILE}`, when: '', how: '', whatChanged: '', groups: [] } });
      },
    });
    const html = renderFullReportHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    const page = new JSDOM(html).window.document;
    expect(page.querySelector('script, img')).toBeNull();
    expect(page.querySelector('h1')!.textContent).toContain(`Product ${HOSTILE}`);
    expect(page.title).toContain(`Product ${HOSTILE}`);
    const text = page.body.textContent!;
    for (const s of [`Notes ${HOSTILE}`, `Evidence ${HOSTILE}`, `Who ${HOSTILE}`]) expect(text).toContain(s);
  });

  it('is one self-contained English document: no script, no external resource, inline style only', () => {
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelectorAll('script, link, iframe, object, img')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    // Links go to the report's own sections, or are evidence addresses the reader chooses to open.
    for (const el of doc.querySelectorAll('[href]')) {
      if (el.getAttribute('href')!.startsWith('#')) continue;
      expect(el.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(el.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows evidence addresses as real links whose text is the address, and isolates what people typed', async () => {
    const rtlName = 'מצלמה Kestrel';
    const report = await syntheticReport({
      productName: rtlName,
      extra: (a, apply) => {
        const itemId = Object.keys(a.answers)[0]!;
        apply({
          type: 'answer.set',
          itemId,
          status: 'no',
          notes: 'n',
          evidence: [
            { label: 'DPIA (v2)', url: 'https://example.org/dpia?v=2&lang=en' },
            { label: 'On the shared drive', url: '' },
          ],
        });
      },
    });
    const page = new JSDOM(renderFullReportHtml(report)).window.document;
    expect(page.querySelector('meta[name="referrer"]')!.getAttribute('content')).toBe('no-referrer');
    const links = [...page.querySelectorAll('a[href^="http"]')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent, a.getAttribute('rel'), a.getAttribute('target')])).toEqual([
      ['https://example.org/dpia?v=2&lang=en', 'https://example.org/dpia?v=2&lang=en', 'noopener noreferrer', '_blank'],
    ]);
    const item = links[0]!.closest('li')!;
    expect(item.textContent).toBe('DPIA (v2) (https://example.org/dpia?v=2&lang=en)');
    expect(item.querySelector('bdi')!.textContent).toBe('DPIA (v2)');
    expect([...page.querySelectorAll('li')].some((li) => li.textContent === 'On the shared drive' && li.querySelector('a') === null)).toBe(true);
    // The product name inside the summary's sentence is its own isolated run.
    const summary = page.getElementById('summary')!.parentElement!;
    expect([...summary.querySelectorAll('bdi')].map((b) => b.textContent)).toContain(rtlName);
    // Free text takes its direction from its own first strong letter.
    for (const p of page.querySelectorAll('.prose')) expect(p.getAttribute('dir')).toBe('auto');
  });

  it('has one h1 and headings that never skip a level, one h2 per section', () => {
    const levels = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeLessThanOrEqual(1));
    const h2 = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
    // The example is a self-assessment: every section but the auditor's.
    expect(h2).toEqual(Object.values(SECTIONS).filter((t) => t !== SECTIONS.audit));
    for (const link of doc.querySelectorAll('nav a')) expect(doc.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
  });

  it('gives every table a caption and column headers with scope', () => {
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.length).toBeGreaterThan(8);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      const headers = [...table.querySelectorAll('th')];
      expect(headers.length).toBeGreaterThan(0);
      for (const th of headers) expect(['col', 'row']).toContain(th.getAttribute('scope'));
      expect(table.querySelectorAll('thead th[scope="col"]').length).toBe(table.querySelector('tbody tr')!.children.length);
    }
  });

  it('draws the heat map as an SVG image with a title and description, and repeats it as a data table', () => {
    const svg = doc.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(doc.getElementById(titleId!)!.tagName.toLowerCase()).toBe('title');
    expect(doc.getElementById(descId!)!.textContent).toContain('0 findings not yet rated');
    const table = [...doc.querySelectorAll('table')].find((t) => t.caption!.textContent!.startsWith('Heat map as a table'))!;
    const cells = [...table.querySelectorAll('tbody td')].map((td) => Number.parseInt(td.textContent!, 10));
    expect(cells).toHaveLength(16);
    expect(cells.reduce((n, c) => n + c, 0)).toBe(example.heatMap.counts.flat().reduce((n, c) => n + c, 0));
  });

  it('holds the same content as the PDF: findings, actions, notes, sources and the hash', () => {
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const f of example.findings) expect(text).toContain(flat(f.title));
    for (const a of example.actions) expect(text).toContain(flat(a.description));
    for (const item of example.stages.flatMap((s) => s.items)) expect(text).toContain(flat(item.notes));
    for (const s of example.sources) expect(text).toContain(flat(s.title));
    expect(text).toContain(`SHA-256 of the canonical assessment JSON: ${example.meta.assessmentHash}`);
    expect(doc.querySelectorAll('.overdue')).toHaveLength(example.actions.filter((a) => a.overdue).length + example.summary.keyActions.filter((a) => a.overdue).length);
  });

  it('lists each cited source once in the annex, its passages under it, grouped by who speaks', () => {
    const annex = doc.querySelector('section[aria-labelledby="annex"]')!;
    for (const s of example.sources) {
      const heading = annex.querySelector(`h3#source-${s.key}`)!;
      expect(heading.textContent).toBe(s.title);
      const passages = [...heading.nextElementSibling!.querySelectorAll('ul.passages > li')].map((li) => li.textContent);
      expect(passages.length).toBeGreaterThan(0);
      // The short title ("OHCHR report on digital divides (2023)") is not repeated before each passage.
      for (const c of s.cited) if (c.kind === 'passage') for (const p of passages) expect(p).not.toContain(c.document);
    }
    expect(annex.textContent).toMatch(/Summary of a panellist’s statement: paras \d+, \d+/);
  });

  it('passes axe (WCAG 2 A/AA, 2.1 AA, best practice) with no violations', async () => {
    // jsdom cannot paint, so axe leaves colour contrast (and two landmark rules that need hit-testing) to the
    // Chromium end-to-end test; it says so on the console, which is silenced here.
    const virtualConsole = new VirtualConsole();
    const dom = new JSDOM(renderFullReportHtml(example), { runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole });
    dom.window.eval(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = (dom.window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(dom.window.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(dom.window.document.querySelectorAll('main')).toHaveLength(1);
  }, 240_000); // axe over the whole report in jsdom took 106 s on a loaded 2-core machine
});
