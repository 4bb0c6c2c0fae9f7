import type { SectionTitles } from '../words';
import type { FullReport, ReportAction, ReportFinding } from '../../domain/report/fullReport';
import { GOOD_PRACTICE_WORDS, SECTIONS, findingLabel, formatTimestamp, passagesUnderSource, reviewText, plural, severityDetail, severityText, verificationText } from '../common';
import { html, type Html } from './escape';
import { date, evidenceItem, fields, heatMap, isolate, prose, table } from './parts';
import { quotedText } from './languageNote';

const flagged = (f: ReportFinding) => (f.redFlag ? html`<span class="flag">RED FLAG</span> ${isolate(findingLabel(f))}` : isolate(findingLabel(f)));
const status = (a: ReportAction) => (a.overdue ? html`${a.status}, <strong class="overdue">OVERDUE</strong>` : html`${a.status}`);
export const section = (id: string, title: string, body: Html | readonly (Html | '')[]) =>
  html`<section aria-labelledby="${id}">\n<h2 id="${id}">${title}</h2>\n${body}</section>\n`;

export function summary(report: FullReport, t: SectionTitles = SECTIONS): Html {
  const s = report.summary;
  return section('summary', t.summary, [
    html`<p>This report covers ${isolate(report.meta.productName)}${report.meta.organisation ? html` (${isolate(report.meta.organisation)})` : ''}. ${s.answered} of ${s.applicable} applicable questions are answered (${s.percentAnswered}%). They yield ${plural(s.findings, 'finding')}, of which ${s.openFindings} ${s.openFindings === 1 ? 'is' : 'are'} not resolved. The action plan has ${plural(report.actions.length, 'action')}; ${s.overdueActions} ${s.overdueActions === 1 ? 'is' : 'are'} overdue.</p>\n`,
    html`<h3>Red flags</h3>\n`,
    s.redFlags.length === 0
      ? html`<p>No red flag is raised.</p>\n`
      : html`<ul>${s.redFlags.map((f) => html`<li>${flagged(f)}${f.redFlagReason ? html`<br>${quotedText(report, f.key, f.redFlagReason)}` : ''}</li>`)}</ul>\n`,
    html`<h3>Salient risks</h3>\n`,
    s.salientRisks.length === 0
      ? html`<p>No unresolved finding.</p>\n`
      : table(
          'The most salient risks, in the order to act on them',
          ['Rank', 'Finding', 'Severity', 'Likelihood', 'Status'],
          s.salientRisks.map((f) => [f.rank, flagged(f), severityText(f), f.likelihood === null ? 'Not rated' : `${f.likelihood} of 4`, f.status]),
          { rowHeader: true, numeric: [0] },
        ),
    html`<h3>Completion</h3>\n<p>${report.completion.map((c) => `${c.stage}: ${c.answered} of ${c.applicable}`).join(' · ')}</p>\n`,
    html`<h3>Key actions</h3>\n`,
    s.keyActions.length === 0
      ? html`<p>No open action is overdue or tied to a salient risk.</p>\n`
      : table(
          'Key actions: open actions that are overdue or address a salient risk',
          ['Action', 'Owner', 'Due', 'Status'],
          s.keyActions.map((a) => [a.description, a.owner || 'no owner', date(a.dueDate), status(a)]),
          { rowHeader: true },
        ),
  ]);
}

export function easyRead(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('easy-read', t.easyRead, html`<div class="easy-read">${report.easyRead.map((line) => html`<p>${line}</p>`)}</div>\n`);
}

export function methodology(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('methodology', t.methodology, [
    html`${report.methodology.paragraphs.map((p) => html`<p>${p}</p>\n`)}<h3>The rating scales</h3>\n`,
    ...report.methodology.scales.map((scale) =>
      table(scale.name, ['Level', 'Meaning'], scale.levels.map((m, i) => [i + 1, m]), { rowHeader: true, numeric: [0] }),
    ),
  ]);
}

export function profile(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('profile', t.profile, [
    table('The product profile that decided which questions apply', ['Question', 'Answer'], report.profile.map((p) => [p.question, p.answer]), {
      rowHeader: true,
    }),
    fields([['Optional modules', report.modules.length ? report.modules.join('; ') : 'none apply to this profile']]),
  ]);
}

export function coverage(report: FullReport, t: SectionTitles = SECTIONS): Html {
  const principles = (caption: string, rows: FullReport['coverage']['hrba']) =>
    table(caption, ['Principle', 'Applicable', 'Answered', 'In place (Yes)'], rows.map((p) => [p.label, p.applicable, p.answered, p.met]), {
      rowHeader: true,
      numeric: [1, 2, 3],
    });
  return section('coverage', t.coverage, [
    html`<h3>Completion by stage</h3>\n`,
    table(
      'Applicable questions answered, by lifecycle stage',
      ['Stage', 'Applicable', 'Answered', 'Share'],
      report.completion.map((c) => [c.stage, c.applicable, c.answered, c.applicable ? `${Math.floor((c.answered * 100) / c.applicable)}%` : '—']),
      { rowHeader: true, numeric: [1, 2, 3] },
    ),
    html`<h3>Coverage by HRBA@Tech principle</h3>\n`,
    principles('Applicable questions by HRBA@Tech principle', report.coverage.hrba),
    html`<h3>Coverage by Privacy International principle</h3>\n`,
    principles('Applicable questions by Privacy International principle', report.coverage.pi),
  ]);
}

export function heatMapSection(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('heat-map', t.heatMap, [
    html`<p>How many unresolved findings fall in each cell of severity (the highest of scale, scope and irremediability: any one can make a harm severe, so they are not averaged) and likelihood. Findings marked resolved are left out.</p>\n`,
    heatMap(report),
  ]);
}

export function findings(report: FullReport, t: SectionTitles = SECTIONS): Html {
  if (report.findings.length === 0) {
    return section('findings', t.findings, html`<p>No finding: no applicable question was answered “No”, “Partly” or “Don’t know”, and none was added.</p>\n`);
  }
  return section('findings', t.findings, [
    table(
      `${plural(report.findings.length, 'finding')}, in the order to act on them: red flags first, then by severity, irremediability and likelihood`,
      ['Rank', 'Finding', 'Severity', 'Likelihood', 'Involvement', 'Status'],
      report.findings.map((f) => [f.rank, flagged(f), severityText(f), f.likelihood === null ? 'Not rated' : `${f.likelihood} of 4`, f.involvement, f.status]),
      { rowHeader: true, numeric: [0] },
    ),
    html`<h3>Finding details</h3>\n`,
    ...report.findings.map(
      (f) => html`<h4 id="finding-${f.key}">${f.rank}. ${flagged(f)}</h4>\n${fields([
        ['Red flag', f.redFlag ? f.redFlagReason || 'raised by this answer' : ''],
        ['Stage', f.answer ? `${f.stage}; answered “${f.answer}”` : f.stage],
        ['Rating', f.severityScore === null && f.likelihood === null ? severityDetail(f) : `severity ${severityText(f)} (${severityDetail(f)})`],
        ['Involvement', f.involvement],
        ['Status', f.status],
        ['Rights affected', f.rights.join('; ')],
        ['Groups affected', f.groups.join('; ')],
        ['Description', f.description],
        ['Leverage', f.leverage],
        ['Rationale', f.rationale],
      ])}`,
    ),
  ]);
}

export function answers(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('answers', t.answers, [
    html`<p>Every applicable question, with the answer, notes and evidence recorded by the assessor.</p>\n`,
    ...report.stages.map(
      (stage) => html`<h3 id="stage-${stage.id}">${stage.title}</h3>
<p class="muted">${plural(stage.items.length, 'applicable question')}; ${stage.skipped} not applicable to this profile.</p>
${stage.items.map(
  (item) => html`<h4 id="item-${item.id}">${item.id} ${quotedText(report, item.id, item.question)}</h4>
${fields([
  ['Answer', item.redFlag ? html`${item.answer} <span class="flag">(RED FLAG)</span>` : item.answer],
  ['Answered by', item.answered ? html`${item.answered.by ? isolate(item.answered.by) : 'name not recorded'}, <time datetime="${item.answered.at}">${formatTimestamp(item.answered.at)}</time>` : ''],
  ['Notes', item.notes],
  ['Evidence', item.evidence.length ? html`<ul>${item.evidence.map(evidenceItem)}</ul>` : ''],
  ['Auditor\u2019s verdict', item.review ? reviewText(item.review) : ''],
])}`,
)}`,
    ),
  ]);
}

export function actions(report: FullReport, t: SectionTitles = SECTIONS): Html {
  if (report.actions.length === 0) return section('actions', t.actions, html`<p>No action is planned yet.</p>\n`);
  const overdue = report.actions.filter((a) => a.overdue).length;
  return section('actions', t.actions, [
    html`<p>${plural(report.actions.length, 'action')}; ${overdue} overdue (marked OVERDUE).</p>\n`,
    table(
      'The action plan',
      ['Action', 'Findings addressed', 'Owner', 'Due', 'Status', 'Evidence of completion'],
      report.actions.map((a) => [
        html`<span class="prose" dir="auto">${a.description}</span>`,
        a.findings.length ? html`<ul>${a.findings.map((f) => html`<li>${f}</li>`)}</ul>` : '—',
        a.owner || 'no owner',
        date(a.dueDate),
        status(a),
        html`<span class="prose" dir="auto">${a.completionEvidence || '—'}</span>`,
      ]),
      { rowHeader: true },
    ),
  ]);
}

export function context(report: FullReport, t: SectionTitles = SECTIONS): Html[] {
  return [
    section('tradeoffs', t.tradeoffs, [
      report.tradeoffs.length === 0 ? html`<p>No trade-off is recorded.</p>\n` : '',
      ...report.tradeoffs.map(
        (t, i) => html`<h3>${i + 1}. ${isolate(t.between)}</h3>\n${fields([
          ['What is at stake', t.description],
          ['Resolution', t.resolution],
          ['Why', t.rationale],
          ['Decided', [t.decidedBy, t.decidedOn].filter(Boolean).join(', ')],
        ])}`,
      ),
    ]),
    section(
      'stakeholders',
      t.stakeholders,
      report.stakeholders.length === 0
        ? html`<p>No engagement with stakeholders is recorded.</p>\n`
        : table(
            'Stakeholders consulted, and what changed as a result',
            ['Who', 'Groups', 'When', 'How', 'What changed as a result'],
            report.stakeholders.map((s) => [s.who, s.groups.join('; ') || '—', date(s.when), html`<span class="prose" dir="auto">${s.how}</span>`, html`<span class="prose" dir="auto">${s.whatChanged}</span>`]),
            { rowHeader: true },
          ),
    ),
    section('benefits', t.benefits, [
      report.benefits.length === 0 ? html`<p>No benefit to rights is recorded.</p>\n` : '',
      ...report.benefits.map(
        (b, i) => html`<h3>Benefit ${i + 1}</h3>\n${prose(b.description)}${fields([
          ['Rights', b.rights.join('; ')],
          ['Groups', b.groups.join('; ')],
          ['Evidence', b.evidence],
        ])}`,
      ),
    ]),
  ];
}

export function annex(report: FullReport, t: SectionTitles = SECTIONS): Html {
  return section('annex', t.annex, [
    html`<p>Every source the applicable questions cite, with the passages cited. ${plural(report.sources.length, 'source')}.</p>\n`,
    ...report.sources.map(
      (s) => html`<h3 id="source-${s.key}">${s.title}</h3>\n${fields([
        ['Published by', s.body],
        ['Date', s.date],
        ['Identifier', s.identifier],
        ['Status', verificationText(s.verification)],
        ['Note', s.note],
        ['Passages cited', html`<ul class="passages">${passagesUnderSource(s.cited).map((line) => html`<li>${line}</li>`)}</ul>`],
      ])}`,
    ),
    goodPractice(report),
  ]);
}

/** Measures the questions ask for that the sources do not prescribe, said so beside the sources. */
function goodPractice(report: FullReport): Html | '' {
  if (report.goodPractice.length === 0) return '';
  return html`<h3 id="good-practice">${GOOD_PRACTICE_WORDS.heading}</h3>
<p>${GOOD_PRACTICE_WORDS.intro}</p>
${fields(report.goodPractice.map((g) => [`${g.itemId} ${g.question}`, `${GOOD_PRACTICE_WORDS.label}: ${g.note}`] as const))}`;
}
