import type { FullReport, ReportAction, ReportFinding } from '../../domain/report/fullReport';
import { GOOD_PRACTICE_WORDS, actionFindings, easyReadLines, findingLabel, passagesUnderSource, profileAnswerText, reviewText, summaryIntroValues } from '../common';
import { ENGLISH_WORDS, type ReportWords } from '../reportWords';
import { html, type Html } from './escape';
import { date, evidenceItem, fields, heatMap, isolate, prose, table } from './parts';
import { quotedText } from './languageNote';

const flagged = (w: ReportWords, f: ReportFinding) => {
  const label = isolate(findingLabel(w, f));
  return f.redFlag ? html`<span class="flag">${w.say(w.m.redFlag)}</span> ${label}` : label;
};
const status = (w: ReportWords, a: ReportAction) =>
  a.overdue
    ? html`${w.rich(w.m.statusOverdue, { status: w.actionStatus(a.status), overdue: html`<strong class="overdue">${w.say(w.m.overdue)}</strong>` })}`
    : html`${w.actionStatus(a.status)}`;
export const section = (id: string, title: string, body: Html | readonly (Html | '')[]) =>
  html`<section aria-labelledby="${id}">\n<h2 id="${id}">${title}</h2>\n${body}</section>\n`;

export function summary(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  const s = report.summary;
  const intro = w.rich(w.m.summaryIntro, summaryIntroValues(report, isolate));
  return section('summary', w.sections.summary, [
    html`<p>${intro}</p>\n`,
    html`<h3>${w.say(w.m.redFlags)}</h3>\n`,
    s.redFlags.length === 0
      ? html`<p>${w.say(w.m.noRedFlag)}</p>\n`
      : html`<ul>${s.redFlags.map((f) => html`<li>${flagged(w, f)}${f.redFlagReason ? html`<br>${quotedText(report, f.key, f.redFlagReason)}` : ''}</li>`)}</ul>\n`,
    html`<h3>${w.say(w.m.salientRisks)}</h3>\n`,
    s.salientRisks.length === 0
      ? html`<p>${w.say(w.m.noUnresolved)}</p>\n`
      : table(
          w.say(w.m.salientCaption),
          [w.say(w.m.rank), w.say(w.m.finding), w.say(w.m.severity), w.say(w.m.likelihood), w.say(w.m.status)],
          s.salientRisks.map((f) => [f.rank, flagged(w, f), w.severity(f), w.likelihood(f), w.findingStatus(f.status)]),
          { rowHeader: true, numeric: [0] },
        ),
    html`<h3>${w.say(w.m.completion)}</h3>\n<p>${report.completion.map((c) => w.say(w.m.stageCompletion, { stage: w.stage(c.stage), answered: c.answered, applicable: c.applicable })).join(' · ')}</p>\n`,
    html`<h3>${w.say(w.m.keyActions)}</h3>\n`,
    s.keyActions.length === 0
      ? html`<p>${w.say(w.m.noKeyAction)}</p>\n`
      : table(
          w.say(w.m.keyActionsCaption),
          [w.say(w.m.action), w.say(w.m.owner), w.say(w.m.due), w.say(w.m.status)],
          s.keyActions.map((a) => [a.description, a.owner || w.say(w.m.noOwner), date(a.dueDate && w.day(a.dueDate), w.say(w.m.noDate)), status(w, a)]),
          { rowHeader: true },
        ),
  ]);
}

export function easyRead(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  return section('easy-read', w.sections.easyRead, html`<div class="easy-read">${easyReadLines(w, report).map((line) => html`<p>${line}</p>`)}</div>\n`);
}

export function methodology(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  const { checklist } = report.methodology;
  const paragraphs = [w.rich(w.m.method1, { checklist: isolate(checklist.title), version: checklist.version }), w.say(w.m.method2), w.say(w.m.method3), w.say(w.m.method4)];
  return section('methodology', w.sections.methodology, [
    html`${paragraphs.map((p) => html`<p>${p}</p>\n`)}<h3>${w.say(w.m.ratingScales)}</h3>\n`,
    ...report.methodology.scales.map((scale) =>
      table(w.scaleName(scale), [w.say(w.m.level), w.say(w.m.meaning)], w.scaleLevels(scale).map((m, i) => [i + 1, m]), { rowHeader: true, numeric: [0] }),
    ),
  ]);
}

export function profile(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  return section('profile', w.sections.profile, [
    table(w.say(w.m.profileCaption), [w.say(w.m.question), w.say(w.m.answer)], report.profile.map((p) => [p.question, profileAnswerText(w, p.answer)]), {
      rowHeader: true,
    }),
    fields([[w.say(w.m.modules), report.modules.length ? report.modules.join('; ') : w.say(w.m.noModules)]]),
  ]);
}

export function coverage(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  const principles = (caption: string, framework: 'hrba' | 'pi') =>
    table(
      caption,
      [w.say(w.m.principle), w.say(w.m.applicable), w.say(w.m.answered), w.say(w.m.inPlace)],
      report.coverage[framework].map((p) => [w.principle(framework, p.principle), p.applicable, p.answered, p.met]),
      { rowHeader: true, numeric: [1, 2, 3] },
    );
  return section('coverage', w.sections.coverage, [
    html`<h3>${w.say(w.m.completionByStage)}</h3>\n`,
    table(
      w.say(w.m.completionCaption),
      [w.say(w.m.stage), w.say(w.m.applicable), w.say(w.m.answered), w.say(w.m.share)],
      report.completion.map((c) => [w.stage(c.stage), c.applicable, c.answered, c.applicable ? w.percent(Math.floor((c.answered * 100) / c.applicable) / 100) : '—']),
      { rowHeader: true, numeric: [1, 2, 3] },
    ),
    html`<h3>${w.say(w.m.coverageHrba)}</h3>\n`,
    principles(w.say(w.m.coverageHrbaCaption), 'hrba'),
    html`<h3>${w.say(w.m.coveragePi)}</h3>\n`,
    principles(w.say(w.m.coveragePiCaption), 'pi'),
  ]);
}

export function heatMapSection(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  return section('heat-map', w.sections.heatMap, [html`<p>${w.say(w.m.heatIntroLong)}</p>\n`, heatMap(report, w)]);
}

export function findings(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  if (report.findings.length === 0) {
    return section('findings', w.sections.findings, html`<p>${w.say(w.m.noFinding)}</p>\n`);
  }
  return section('findings', w.sections.findings, [
    table(
      w.say(w.m.findingsOrder, { count: report.findings.length }),
      [w.say(w.m.rank), w.say(w.m.finding), w.say(w.m.severity), w.say(w.m.likelihood), w.say(w.m.involvement), w.say(w.m.status)],
      report.findings.map((f) => [f.rank, flagged(w, f), w.severity(f), w.likelihood(f), w.involvement(f.involvement), w.findingStatus(f.status)]),
      { rowHeader: true, numeric: [0] },
    ),
    html`<h3>${w.say(w.m.findingDetails)}</h3>\n`,
    ...report.findings.map(
      (f) => html`<h4 id="finding-${f.key}">${w.rich(w.m.rankedFinding, { rank: f.rank, finding: flagged(w, f) })}</h4>\n${fields([
        [w.say(w.m.redFlagField), f.redFlag ? f.redFlagReason || w.say(w.m.redFlagRaised) : ''],
        [w.say(w.m.stage), f.answer ? w.say(w.m.stageAnswered, { stage: w.stage(f.stage), answer: w.answer(f.answer) }) : w.stage(f.stage)],
        [w.say(w.m.rating), f.severityScore === null && f.likelihood === null ? w.severityDetail(f) : w.say(w.m.ratingLine, { severity: w.severity(f), detail: w.severityDetail(f) })],
        [w.say(w.m.involvement), w.involvement(f.involvement)],
        [w.say(w.m.status), w.findingStatus(f.status)],
        [w.say(w.m.rightsAffected), f.rights.join('; ')],
        [w.say(w.m.groupsAffected), f.groups.join('; ')],
        [w.say(w.m.description), f.description],
        [w.say(w.m.leverage), f.leverage],
        [w.say(w.m.rationale), f.rationale],
      ])}`,
    ),
  ]);
}

export function answers(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  return section('answers', w.sections.answers, [
    html`<p>${w.say(w.m.answersIntro)}</p>\n`,
    ...report.stages.map(
      (stage) => html`<h3 id="stage-${stage.id}">${w.stage(stage.id)}</h3>
<p class="muted">${w.say(w.m.stageCounts, { count: stage.items.length, skipped: stage.skipped })}</p>
${stage.items.map(
  (item) => html`<h4 id="item-${item.id}">${item.id} ${quotedText(report, item.id, item.question)}</h4>
${fields([
  [w.say(w.m.answer), item.redFlag ? html`${w.answer(item.answer)} <span class="flag">${w.say(w.m.redFlagMark)}</span>` : w.answer(item.answer)],
  [
    w.say(w.m.answeredBy),
    item.answered
      ? html`${w.rich(w.m.answeredByLine, {
          by: item.answered.by ? isolate(item.answered.by) : w.say(w.m.nameNotRecorded),
          at: html`<time datetime="${item.answered.at}">${w.timestamp(item.answered.at)}</time>`,
        })}`
      : '',
  ],
  [w.say(w.m.notes), item.notes],
  [w.say(w.m.evidence), item.evidence.length ? html`<ul>${item.evidence.map(evidenceItem)}</ul>` : ''],
  [w.say(w.m.auditorsVerdict), item.review ? reviewText(w, item.review) : ''],
])}`,
)}`,
    ),
  ]);
}

export function actions(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  if (report.actions.length === 0) return section('actions', w.sections.actions, html`<p>${w.say(w.m.noAction)}</p>\n`);
  const overdue = report.actions.filter((a) => a.overdue).length;
  return section('actions', w.sections.actions, [
    html`<p>${w.say(w.m.actionCounts, { count: report.actions.length, overdue, mark: w.say(w.m.overdue) })}</p>\n`,
    table(
      w.say(w.m.actionPlanCaption),
      [w.say(w.m.action), w.say(w.m.findingsAddressed), w.say(w.m.owner), w.say(w.m.due), w.say(w.m.status), w.say(w.m.completionEvidence)],
      report.actions.map((a) => [
        html`<span class="prose" dir="auto">${a.description}</span>`,
        a.findings.length ? html`<ul>${actionFindings(report, a.findings).map((f) => html`<li>${f.title ? findingLabel(w, f) : f.number}</li>`)}</ul>` : '—',
        a.owner || w.say(w.m.noOwner),
        date(a.dueDate && w.day(a.dueDate), w.say(w.m.noDate)),
        status(w, a),
        html`<span class="prose" dir="auto">${a.completionEvidence || '—'}</span>`,
      ]),
      { rowHeader: true },
    ),
  ]);
}

export function context(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html[] {
  return [
    section('tradeoffs', w.sections.tradeoffs, [
      report.tradeoffs.length === 0 ? html`<p>${w.say(w.m.noTradeoff)}</p>\n` : '',
      ...report.tradeoffs.map(
        (t, i) => html`<h3>${i + 1}. ${isolate(t.between)}</h3>\n${fields([
          [w.say(w.m.atStake), t.description],
          [w.say(w.m.resolution), t.resolution],
          [w.say(w.m.why), t.rationale],
          [w.say(w.m.decided), [t.decidedBy, t.decidedOn && w.day(t.decidedOn)].filter(Boolean).join(', ')],
        ])}`,
      ),
    ]),
    section(
      'stakeholders',
      w.sections.stakeholders,
      report.stakeholders.length === 0
        ? html`<p>${w.say(w.m.noStakeholder)}</p>\n`
        : table(
            w.say(w.m.stakeholdersCaption),
            [w.say(w.m.who), w.say(w.m.groups), w.say(w.m.when), w.say(w.m.how), w.say(w.m.whatChanged)],
            report.stakeholders.map((s) => [s.who, s.groups.join('; ') || '—', date(s.when && w.day(s.when), w.say(w.m.noDate)), html`<span class="prose" dir="auto">${s.how}</span>`, html`<span class="prose" dir="auto">${s.whatChanged}</span>`]),
            { rowHeader: true },
          ),
    ),
    section('benefits', w.sections.benefits, [
      report.benefits.length === 0 ? html`<p>${w.say(w.m.noBenefit)}</p>\n` : '',
      ...report.benefits.map(
        (b, i) => html`<h3>${w.say(w.m.benefit, { n: i + 1 })}</h3>\n${prose(b.description)}${fields([
          [w.say(w.m.rights), b.rights.join('; ')],
          [w.say(w.m.groups), b.groups.join('; ')],
          [w.say(w.m.evidence), b.evidence],
        ])}`,
      ),
    ]),
  ];
}

export function annex(report: FullReport, w: ReportWords = ENGLISH_WORDS): Html {
  // The passages' lines are the sources' English (citations stay in their original form): marked so in a report in another language.
  const english = w.language.locale === 'en' ? '' : html` lang="en"`;
  return section('annex', w.sections.annex, [
    html`<p>${w.say(w.m.annexIntro, { count: report.sources.length })}</p>\n`,
    ...report.sources.map(
      (s) => html`<h3 id="source-${s.key}">${s.title}</h3>\n${fields([
        [w.say(w.m.publishedBy), s.body],
        [w.say(w.m.date), s.date && w.day(s.date)],
        [w.say(w.m.identifier), s.identifier],
        [w.say(w.m.status), w.verification(s.verification)],
        [w.say(w.m.note), s.note],
        [w.say(w.m.passagesCited), html`<ul class="passages"${english}>${passagesUnderSource(s.cited).map((line) => html`<li>${line}</li>`)}</ul>`],
      ])}`,
    ),
    goodPractice(report, english),
  ]);
}

/** Measures the questions ask for that the sources do not prescribe, said so beside the sources. */
function goodPractice(report: FullReport, english: Html | ''): Html | '' {
  if (report.goodPractice.length === 0) return '';
  // Its heading and lead-in are still English (src/words/citations.ts), marked so in a report in another language.
  return html`<h3 id="good-practice"${english}>${GOOD_PRACTICE_WORDS.heading}</h3>
<p${english}>${GOOD_PRACTICE_WORDS.intro}</p>
${fields(report.goodPractice.map((g) => [`${g.itemId} ${g.question}`, `${GOOD_PRACTICE_WORDS.label}: ${g.note}`] as const))}`;
}
