import type { DecisionReport } from '../domain/procurement';
import { GOOD_PRACTICE_WORDS } from './common';
import { html, type Html } from './html/escape';
import { documentStart } from './html/head';
import { STYLE, fields, isolate, prose, table } from './html/parts';
import type { LanguageState } from '../i18n/language';
import { decisionWordsWrapping, type DecisionWordsWrapping } from './decision/words';

type Words = DecisionWordsWrapping<Html>;

/** Red flags are said in words and marked in colour. */
const EXTRA_STYLE = `
.red-flag { color: #9e111e; }
div.red-flag { border-left: 4px solid #9e111e; padding-left: .75rem; }
`;

/**
 * The decision report as one self-contained HTML file (no script, no external resource,
 * its own CSP), with the same content as the PDF and real headings and captioned tables
 * for screen readers.
 */
export function renderDecisionHtml(report: DecisionReport, options: { tool?: string; language?: LanguageState } = {}): string {
  const r = report;
  // A name inside a sentence is set apart by <bdi>, so its direction cannot reorder the sentence.
  const W = decisionWordsWrapping(options.language, isolate);
  const page = html`${documentStart({ title: W.documentTitle(r.procurement.title), style: STYLE + EXTRA_STYLE, lang: W.lang, dir: W.dir })}<header>
<p class="kicker">${W.kicker}</p>
<h1 dir="auto">${r.procurement.title}</h1>
${fields([...W.procurementFields(r), ...(options.tool ? ([[W.madeWith, options.tool]] as [string, string][]) : [])])}</header>
<main>
${decision(r, W)}${conditions(r, W)}${vendors(r, W)}${matrix(r, W)}<section aria-labelledby="library"><h2 id="library">${W.sections.library}</h2>
<p>${W.libraryText(r)}</p>
</section>
</main>
<footer>
<p><strong>${W.labelled(W.decisionHashLabel)}</strong> <code>${r.meta.decisionHash}</code></p>
<p><strong>${W.labelled(W.requestHashLabel)}</strong> <code>${r.meta.requestHash}</code></p>
</footer>
</body>
</html>
`;
  return page.value;
}

function decision(r: DecisionReport, W: Words): Html {
  return html`<section aria-labelledby="decision"><h2 id="decision">${W.sections.decision}</h2>
<p class="${r.decision.outcome === 'reject' ? 'red-flag' : ''}"><strong>${W.outcomeText(r)}</strong></p>
<h3>${W.reasons}</h3>
${prose(r.decision.rationale)}<p class="muted">${W.decidedText(r)}</p>
${redFlagStatement(r, W)}</section>
`;
}

/** What the decision says about the approved vendor's red flags: none, the ones accepted, or that it is out of date. */
function redFlagStatement(r: DecisionReport, W: Words): Html | string {
  const stale = W.staleDecisionText(r);
  if (stale) return html`<p class="red-flag" role="note"><strong>${stale}</strong></p>\n`;
  const accepted = W.acceptedRedFlagsText(r);
  if (accepted) {
    return html`<div class="red-flag" role="note"><p><strong>${accepted}</strong></p><ul>${r.decision.acceptedRedFlags.map((f) => html`<li>${W.flagLine(f)}</li>`)}</ul></div>\n`;
  }
  return r.decision.outcome !== 'reject' ? html`<p>${W.noRedFlagApproved}</p>\n` : '';
}

function conditions(r: DecisionReport, W: Words): Html | string {
  if (r.conditions.length === 0) return '';
  // Citations and the library's good-practice note are in English in every report, as the sources give them.
  const en = W.lang === 'en' ? '' : html` lang="en"`;
  return html`<section aria-labelledby="conditions"><h2 id="conditions">${W.sections.conditions}</h2>
${r.conditions.map(
  (c) => html`<article><h3 dir="auto">${W.conditionHeading(c)}</h3>
${prose(c.text)}${c.answers.length ? html`<h4>${W.answers}</h4><ul>${c.answers.map((a) => html`<li>${W.conditionAnswerText(a)}</li>`)}</ul>\n` : ''}<h4>${W.citations}</h4><ul${en}>${W.citationsOf(c).map((t) => html`<li>${t}</li>`)}</ul>
${c.goodPractice ? html`<p class="muted"${en}><strong>${GOOD_PRACTICE_WORDS.label}:</strong> ${c.goodPractice}</p>\n` : ''}</article>
`,
)}</section>
`;
}

function vendors(r: DecisionReport, W: Words): Html {
  const c = W.columns;
  return html`<section aria-labelledby="vendors"><h2 id="vendors">${W.sections.vendors}</h2>
<p class="muted">${W.vendorsIntro}</p>
${table(
  W.sections.vendors,
  [c.vendor, c.product, c.revision, c.signature, c.redFlags, c.answered],
  r.vendors.map((v) => [isolate(v.organisation), isolate(v.productName), v.revision, html`${W.signatureText(v)}`, v.summary.redFlags ? html`<strong class="red-flag">${W.vendorRedFlagCount(v)}</strong>` : W.none, W.answeredOf(v)]),
  { rowHeader: true, numeric: [2] },
)}<h3>${W.sections.redFlags}</h3>
${r.vendors.map(
  (v) => html`<h4>${W.vendorFlagsHeading(v)}</h4>
${v.redFlags.length ? html`<ul>${v.redFlags.map((f) => html`<li class="red-flag">${W.flagLine(f)}</li>`)}</ul>` : html`<p>${W.noRedFlag}</p>`}
${v.summary.mandatoryMissing.length ? html`<p>${W.labelled(W.mandatoryMissing)} ${W.list(v.summary.mandatoryMissing)}</p>\n` : ''}`,
)}</section>
`;
}

function matrix(r: DecisionReport, W: Words): Html {
  return html`<section aria-labelledby="matrix"><h2 id="matrix">${W.sections.matrix}</h2>
<p class="muted">${W.matrixIntro}</p>
${table(
    W.sections.matrix,
    [W.columns.question, ...r.matrix.vendors],
    r.matrix.rows.map((row) => [html`${W.questionLabel(row)}`, ...row.cells.map((c) => (c.redFlag ? html`<strong class="red-flag">${W.cellText(c)}</strong>` : W.cellText(c)))]),
    { rowHeader: true },
  )}</section>
`;
}
