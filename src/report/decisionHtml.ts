import type { DecisionReport } from '../domain/procurement';
import { GOOD_PRACTICE_WORDS } from './common';
import { html, type Html } from './html/escape';
import { documentStart } from './html/head';
import { STYLE, fields, isolate, prose, table } from './html/parts';
import * as W from './decision/words';

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
export function renderDecisionHtml(report: DecisionReport, options: { tool?: string } = {}): string {
  const r = report;
  const page = html`${documentStart({ title: `Decision: ${r.procurement.title}`, style: STYLE + EXTRA_STYLE })}<header>
<p class="kicker">${W.DECISION_KICKER}</p>
<h1 dir="auto">${r.procurement.title}</h1>
${fields([...W.procurementFields(r), ...(options.tool ? ([['Made with', options.tool]] as [string, string][]) : [])])}</header>
<main>
${decision(r)}${conditions(r)}${vendors(r)}${matrix(r)}<section aria-labelledby="library"><h2 id="library">${W.DECISION_SECTIONS.library}</h2>
<p>${W.libraryText(r)}</p>
</section>
</main>
<footer>
<p><strong>${W.DECISION_HASH_LABEL}:</strong> <code>${r.meta.decisionHash}</code></p>
<p><strong>${W.REQUEST_HASH_LABEL}:</strong> <code>${r.meta.requestHash}</code></p>
</footer>
</body>
</html>
`;
  return page.value;
}

function decision(r: DecisionReport): Html {
  return html`<section aria-labelledby="decision"><h2 id="decision">${W.DECISION_SECTIONS.decision}</h2>
<p class="${r.decision.outcome === 'reject' ? 'red-flag' : ''}"><strong>${W.outcomeText(r)}</strong></p>
<h3>Reasons</h3>
${prose(r.decision.rationale)}<p class="muted">${W.decidedText(r)}</p>
${redFlagStatement(r)}</section>
`;
}

/** What the decision says about the approved vendor's red flags: none, the ones accepted, or that it is out of date. */
function redFlagStatement(r: DecisionReport): Html | string {
  const stale = W.staleDecisionText(r);
  if (stale) return html`<p class="red-flag" role="note"><strong>${stale}</strong></p>\n`;
  const accepted = W.acceptedRedFlagsText(r);
  if (accepted) {
    return html`<div class="red-flag" role="note"><p><strong>${accepted}</strong></p><ul>${r.decision.acceptedRedFlags.map((f) => html`<li>${W.redFlagText(f)}. ${isolate(f.question)}</li>`)}</ul></div>\n`;
  }
  return r.decision.outcome !== 'reject' ? html`<p>${W.NO_RED_FLAG_APPROVED}</p>\n` : '';
}

function conditions(r: DecisionReport): Html | string {
  if (r.conditions.length === 0) return '';
  return html`<section aria-labelledby="conditions"><h2 id="conditions">${W.DECISION_SECTIONS.conditions}</h2>
${r.conditions.map(
  (c) => html`<article><h3 dir="auto">${c.clauseId}: ${c.title}</h3>
${prose(c.text)}${c.answers.length ? html`<h4>Answers</h4><ul>${c.answers.map((a) => html`<li>${a.key}${a.redFlag ? ' (red flag)' : ''}: ${isolate(a.question)}</li>`)}</ul>\n` : ''}<h4>Citations</h4><ul>${W.citationsOf(c).map((t) => html`<li>${t}</li>`)}</ul>
${c.goodPractice ? html`<p class="muted"><strong>${GOOD_PRACTICE_WORDS.label}:</strong> ${c.goodPractice}</p>\n` : ''}</article>
`,
)}</section>
`;
}

function vendors(r: DecisionReport): Html {
  return html`<section aria-labelledby="vendors"><h2 id="vendors">${W.DECISION_SECTIONS.vendors}</h2>
<p class="muted">In the one order the comparison allows: a vendor with a red flag is never placed above one without, whatever else it answered.</p>
${table(
  W.DECISION_SECTIONS.vendors,
  ['Vendor', 'Product', 'Revision', 'Signature', 'Red flags', 'Answered'],
  r.vendors.map((v) => [isolate(v.organisation), isolate(v.productName), v.revision, W.signatureText(v), v.summary.redFlags ? html`<strong class="red-flag">${W.vendorRedFlagCount(v)}</strong>` : 'None', `${v.summary.answered} of ${v.summary.asked}`]),
  { rowHeader: true, numeric: [2] },
)}<h3>${W.DECISION_SECTIONS.redFlags}</h3>
${r.vendors.map(
  (v) => html`<h4>${isolate(v.organisation)}: ${W.vendorRedFlagCount(v)}</h4>
${v.redFlags.length ? html`<ul>${v.redFlags.map((f) => html`<li class="red-flag">${W.redFlagText(f)}. ${isolate(f.question)}</li>`)}</ul>` : html`<p>No red flag.</p>`}
${v.summary.mandatoryMissing.length ? html`<p>Mandatory questions unanswered: ${v.summary.mandatoryMissing.join(', ')}</p>\n` : ''}`,
)}</section>
`;
}

function matrix(r: DecisionReport): Html {
  return html`<section aria-labelledby="matrix"><h2 id="matrix">${W.DECISION_SECTIONS.matrix}</h2>
<p class="muted">${W.MATRIX_INTRO}</p>
${table(
    W.DECISION_SECTIONS.matrix,
    ['Question', ...r.matrix.vendors],
    r.matrix.rows.map((row) => [isolate(W.questionLabel(row)), ...row.cells.map((c) => (c.redFlag ? html`<strong class="red-flag">${W.cellText(c)}</strong>` : W.cellText(c)))]),
    { rowHeader: true },
  )}</section>
`;
}
