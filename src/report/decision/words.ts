import type { DecisionReport, DecisionReportFlag, DecisionReportVendor, MatrixCell } from '../../domain/procurement';
import { defineMessages, formatMessage, type MessageDescriptor, type MessageValues } from '../../i18n/format';
import type { LanguageState } from '../../i18n/language';
import { LOCALES } from '../../i18n/locales';
import { reportTimestamp, signatureWords } from '../signatureWords';
import { textOf } from '../fonts';
import { isolate } from '../pdf/bidi';
import { coverLabels, pageMarkWords } from '../words';
import { citationText } from '../../words/citations';
import { ANSWER_MESSAGES, VERDICT_MESSAGES } from '../../words/answers';
import {
  DECISION_HEADLINE_MESSAGES,
  DECISION_OUTCOME_MESSAGES,
  NO_ANSWER,
  PROCUREMENT_STAGE_MESSAGES,
  QUESTION_MARKS_MESSAGE,
  SIGNATURE_MESSAGES,
  TRIGGER_MESSAGES,
} from '../../words/procurement';

/**
 * What the decision report's PDF and HTML both say, in the language the report is made in
 * (English when none is given): section titles, the procurement's fields, a matrix cell, a
 * vendor's signature, the red-flag statement. Codes come from the report model; the words for
 * the journey's codes (outcomes, stages, answers, verdicts) are the screens' own messages
 * (src/words), so a code is translated once.
 */
const SECTION_MESSAGES = defineMessages({
  decision: { defaultMessage: 'Decision', description: 'Decision report heading: the procurement decision, its reasons and the red flags accepted' },
  conditions: { defaultMessage: 'Contract conditions', description: 'Decision report heading: the contract conditions set on the approved vendor' },
  vendors: { defaultMessage: 'Vendors compared', description: 'Decision report heading: the table of the vendors whose responses were compared' },
  redFlags: { defaultMessage: 'Red flags by vendor', description: 'Decision report heading: each vendor’s red flags' },
  matrix: { defaultMessage: 'Comparison matrix', description: 'Decision report heading: the table of every question with each vendor’s answer' },
  library: { defaultMessage: 'About the clause library', description: 'Decision report heading: where the contract conditions come from' },
});

export type DecisionSections = Record<keyof typeof SECTION_MESSAGES, string>;

const FIELD_MESSAGES = defineMessages({
  buyer: { defaultMessage: 'Buyer', description: 'Decision report, field label: the organisation that buys' },
  contact: { defaultMessage: 'Contact', description: 'Decision report, field label: the buyer’s contact person or address' },
  reference: { defaultMessage: 'Reference', description: 'Decision report, field label: the buyer’s reference for the procurement' },
  stage: { defaultMessage: 'Stage', description: 'Decision report, field label: the procurement stage (tender, award…)' },
  deadline: { defaultMessage: 'Deadline for responses', description: 'Decision report, field label: the day vendors had to answer by' },
  sent: { defaultMessage: 'Request sent', description: 'Decision report, field label: when the request was sent to vendors' },
  reportDate: { defaultMessage: 'Report date', description: 'Decision report, field label: when the report was made' },
  noneGiven: { defaultMessage: 'none given', description: 'Decision report, value of the Reference field when the buyer gave none, lower case' },
  noneSet: { defaultMessage: 'none set', description: 'Decision report, value of the Deadline field when the buyer set none, lower case' },
  notSent: { defaultMessage: 'not sent', description: 'Decision report, value of the Request sent field when the request was never sent, lower case' },
  reasons: { defaultMessage: 'Reasons', description: 'Decision report, label: the officer’s reasons for the decision' },
  answers: { defaultMessage: 'Answers', description: 'Decision report, under a contract condition: label of the questions the condition answers' },
  citations: { defaultMessage: 'Citations', description: 'Decision report, under a contract condition: label of the sources its clause cites' },
  mandatoryMissing: { defaultMessage: 'Mandatory questions unanswered', description: 'Decision report, label before the ids of the mandatory questions a vendor left unanswered' },
  decisionHash: { defaultMessage: 'SHA-256 of the decision, the request and the responses compared', description: 'Decision report, label of a hash (keep SHA-256 as is)' },
  requestHash: { defaultMessage: 'SHA-256 of the request vendors answered', description: 'Decision report, label of a hash (keep SHA-256 as is)' },
});

const COLUMN_MESSAGES = defineMessages({
  vendor: { defaultMessage: 'Vendor', description: 'Decision report, vendors table: column header, the vendor’s organisation' },
  product: { defaultMessage: 'Product', description: 'Decision report, vendors table: column header, the product offered' },
  revision: { defaultMessage: 'Revision', description: 'Decision report, vendors table: column header, the revision number of the vendor’s response' },
  signature: { defaultMessage: 'Signature', description: 'Decision report, vendors table: column header, who signed the response' },
  redFlags: { defaultMessage: 'Red flags', description: 'Decision report, vendors table: column header, how many red flags the response raises' },
  answered: { defaultMessage: 'Answered', description: 'Decision report, vendors table: column header, how many questions the vendor answered' },
  question: { defaultMessage: 'Question', description: 'Decision report, comparison matrix: column header of the questions' },
});

const M = defineMessages({
  kicker: { defaultMessage: 'HRBA@Tech procurement decision report', description: 'Decision report: the line above the title, saying what the document is (keep HRBA@Tech as is)' },
  documentTitle: { defaultMessage: 'Decision: {title}', description: 'Decision report: the document’s title (PDF properties, browser tab); {title} is the procurement’s title' },
  label: { defaultMessage: '{label}:', description: 'Decision report: a label before a list (“Answers:”); add the space your language puts before a colon' },
  matrixIntro: {
    defaultMessage:
      'Questions where any vendor raised a red flag come first; vendors are in the same order as above. Each vendor’s latest imported revision is compared.',
    description: 'Decision report: the line under the comparison matrix heading',
  },
  vendorsIntro: {
    defaultMessage: 'In the one order the comparison allows: a vendor with a red flag is never placed above one without, whatever else it answered.',
    description: 'Decision report: the line under the vendors heading, on the order of the vendors',
  },
  decided: {
    defaultMessage: '{named, select, yes {Decided {date} by {name}.} other {Decided {date}.}}',
    description: 'Decision report: when the decision was made and by whom; {date} is a date and time; named=no when no name was recorded',
  },
  accepted: {
    defaultMessage:
      'The approved vendor’s response still raises {count, plural, one {# red flag} other {# red flags}}. The officer confirmed approving it despite {count, plural, one {this red flag} other {these red flags}}, listed here:',
    description: 'Decision report: the approved vendor’s red flags, accepted knowingly; a list of them follows',
  },
  noRedFlagApproved: { defaultMessage: 'The approved vendor’s response raises no red flag.', description: 'Decision report: the approved vendor has no red flag' },
  stale: {
    defaultMessage:
      'This decision was made on revision {revision} of {named, select, yes {{vendor}’s response} other {the vendor’s response}}; a later revision has been imported since and is what the comparison below shows. The decision has not been made again on it.',
    description: 'Decision report: the decision names a revision a later one replaced; {revision} is a number (or “?”), named=no when no vendor is named',
  },
  staleAccepted: { defaultMessage: 'Red flags accepted then: {keys}.', description: 'Decision report, after the out-of-date decision: the red flags the decision accepted; {keys} lists question ids' },
  signed: {
    defaultMessage:
      '{named, select, yes {Signed by {signer}} other {Signed by an unnamed signer}}{trusted, select, yes { (trusted)} other { (certificate not marked trusted)}}',
    description: 'Decision report, vendors table, Signature column: the response’s signature matches; named=no when the certificate gives no name; trusted=yes when the buyer trusts the certificate',
  },
  redFlagCount: {
    defaultMessage: '{count, plural, =0 {None} one {# red flag} other {# red flags}}',
    description: 'Decision report: how many red flags a vendor’s response raises (“None” when there is none)',
  },
  noRedFlag: { defaultMessage: 'No red flag.', description: 'Decision report, under a vendor: its response raises no red flag' },
  vendorFlags: { defaultMessage: '{vendor}: {flags}', description: 'Decision report, heading of a vendor’s red flags: the vendor and how many (“Argus Systems: 1 red flag”)' },
  answeredOf: { defaultMessage: '{answered} of {asked}', description: 'Decision report, vendors table, Answered column: questions answered of those asked (numbers)' },
  redFlagLine: {
    defaultMessage: 'Red flag on {key}: {answer} ({source, select, buyer {deal-breaker set by the buyer} other {red-flag item of the checklist}})',
    description: 'Decision report: a red flag; {key} is a question id, {answer} the answer that raised it (“No”), source=buyer when the buyer made the question a deal-breaker',
  },
  flagAndQuestion: { defaultMessage: '{flag}. {question}', description: 'Decision report: a red flag (“Red flag on CQ-01: …”) followed by the question’s text' },
  noAnswerMandatory: { defaultMessage: 'No answer (mandatory)', description: 'Decision report, comparison matrix cell: the vendor did not answer a mandatory question' },
  cellRedFlag: {
    defaultMessage: 'RED FLAG ({source, select, buyer {deal-breaker set by the buyer} other {red-flag item of the checklist}})',
    description: 'Decision report, comparison matrix cell: the answer raises a red flag (keep RED FLAG in capitals); source=buyer when the buyer made the question a deal-breaker',
  },
  cellReview: { defaultMessage: 'review: {verdict}', description: 'Decision report, comparison matrix cell: the buyer’s verdict on the answer (“review: Accepted”), lower case' },
  cellEvidence: { defaultMessage: '{count, plural, one {# evidence} other {# evidence}}', description: 'Decision report, comparison matrix cell: how many evidence files the vendor attached' },
  questionLabel: { defaultMessage: '{label}: {question}', description: 'Decision report, comparison matrix row: the question id with its marks, then the question’s text' },
  conditionAnswer: {
    defaultMessage: '{key}{redFlag, select, yes { (red flag)} other {}}: {question}',
    description: 'Decision report, under a contract condition: a question it answers; {key} is the question id, redFlag=yes when the approved vendor’s answer to it raises a red flag',
  },
  conditionHeading: { defaultMessage: '{clause}: {title}', description: 'Decision report: heading of a contract condition; {clause} is a clause id such as CL-02' },
  library: {
    defaultMessage:
      'Conditions are drawn from “{title}” ({id} {version}), contract clauses derived from Privacy International’s principles for public-private partnerships and the UN Guiding Principles on Business and Human Rights. Each condition names the clause it came from; its citations are the clause’s, and its text is as the buyer edited it for this procurement. The clauses are a starting point for the buyer’s lawyers, not legal advice.',
    description: 'Decision report: where the contract conditions come from; {title} is the clause library’s name (in English), {id} and {version} identify it',
  },
});

const ENGLISH: LanguageState = { locale: 'en', messages: {} };

/** Every message of a group, worded in a language. */
function wordAll<K extends string>(messages: Record<K, MessageDescriptor>, language: LanguageState): Record<K, string> {
  return Object.fromEntries(Object.entries<MessageDescriptor>(messages).map(([key, message]) => [key, String(formatMessage(language, message))])) as Record<K, string>;
}

/**
 * The decision report's words in a language (English when none is given), as text. A name
 * from someone's file set inside a sentence is isolated (pdf/bidi.ts): always in a right-to-left
 * language, so a Latin name and the punctuation beside it keep their order, and in a
 * left-to-right one only when it is itself right to left, which leaves a Latin name as it is.
 */
export function decisionWords(language: LanguageState = ENGLISH) {
  const { dir } = LOCALES[language.locale];
  return wordsIn<string>(language, (text) => isolate(text, dir), (message, values) => String(formatMessage<string>(language, message, values as MessageValues<string>)));
}

/**
 * The same words with each name wrapped by `wrapName` (the HTML report's <bdi>): a sentence
 * holding a name is then the list of its pieces.
 */
export function decisionWordsWrapping<N>(language: LanguageState = ENGLISH, wrapName: (text: string) => N) {
  return wordsIn<string | N | (string | N)[]>(language, wrapName, (message, values) => formatMessage<N>(language, message, values as MessageValues<N>));
}

/** `S`: what a sentence that may hold a name is (text, or pieces around wrapped names). */
function wordsIn<S>(language: LanguageState, name: (text: string) => unknown, sayWith: (message: MessageDescriptor, values: MessageValues<unknown>) => S) {
  type Said = S;
  const english = language.locale === 'en';
  const { intl, dir } = LOCALES[language.locale];
  const say = (message: MessageDescriptor, values?: MessageValues) => String(formatMessage(language, message, values));
  const sections = wordAll(SECTION_MESSAGES, language);
  const fields = wordAll(FIELD_MESSAGES, language);
  const columns = wordAll(COLUMN_MESSAGES, language);
  const cover = coverLabels(language);
  const marks = pageMarkWords(language);
  /** An instant: "2026-04-20 10:00 UTC" in English (as the full report prints it), else in the language's own way. */
  const timestamp = (iso: string) => reportTimestamp(iso, language);
  /** A calendar day typed as YYYY-MM-DD, left as typed in English. */
  const day = (iso: string) =>
    english || !/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const list = (items: readonly string[]) => (english ? items.join(', ') : new Intl.ListFormat(intl, { type: 'unit', style: 'short' }).format(items));
  const outcome = (o: DecisionReport['decision']['outcome']) => say(DECISION_OUTCOME_MESSAGES[o]);
  const source = (s: DecisionReportFlag['source']) => (s === 'deal-breaker' ? 'buyer' : 'checklist');
  const redFlagCount = (count: number) => say(M.redFlagCount, { count });
  const redFlagText = (f: Pick<DecisionReportFlag, 'key' | 'source' | 'trigger'>) => say(M.redFlagLine, { key: f.key, answer: say(TRIGGER_MESSAGES[f.trigger]), source: source(f.source) });

  return {
    language,
    /** BCP 47 tag and direction of the report's words, for the HTML `lang`/`dir` and the PDF's language. */
    lang: language.locale,
    dir,
    sections,
    columns,
    kicker: say(M.kicker),
    documentTitle: (title: string) => say(M.documentTitle, { title }),
    madeWith: cover.madeWith,
    reasons: fields.reasons,
    answers: fields.answers,
    citations: fields.citations,
    /** "Answers:" before a list. */
    labelled: (label: string) => say(M.label, { label }),
    mandatoryMissing: fields.mandatoryMissing,
    decisionHashLabel: fields.decisionHash,
    requestHashLabel: fields.requestHash,
    matrixIntro: say(M.matrixIntro),
    vendorsIntro: say(M.vendorsIntro),
    noRedFlag: say(M.noRedFlag),
    noRedFlagApproved: say(M.noRedFlagApproved),
    none: redFlagCount(0),
    /** "Report R-…": the id is a Latin code, isolated in a right-to-left sentence. */
    reportMark: (id: string) => marks.reportId(dir === 'rtl' ? isolate(id, dir) : id),
    pageMark: marks.page,
    list,
    /** A name from someone's file set apart as the sentences set it (a table cell in a right-to-left report too). */
    name: name as (text: string) => Said,

    procurementFields(r: DecisionReport): [string, string][] {
      const p = r.procurement;
      const rows: [string, string][] = [
        [fields.buyer, p.buyer],
        [fields.contact, p.contact],
        [fields.reference, p.reference || fields.noneGiven],
        [fields.stage, say(PROCUREMENT_STAGE_MESSAGES[p.stage])],
        [fields.deadline, p.deadline ? day(p.deadline) : fields.noneSet],
        [fields.sent, p.sentAt ? timestamp(p.sentAt) : fields.notSent],
        [cover.checklist, `${p.checklist.id} ${p.checklist.version}`],
        [cover.reportId, r.meta.reportId],
        [fields.reportDate, timestamp(r.meta.generatedAt)],
      ];
      return rows.filter(([, value]) => value.trim() !== '');
    },

    /** "Approve with conditions: Argus Systems (response revision 1)"; a rejection of every vendor names none. */
    outcomeText(r: DecisionReport): Said {
      const d = r.decision;
      const label = outcome(d.outcome);
      if (!d.vendor) return (d.outcome === 'reject' ? say(DECISION_HEADLINE_MESSAGES.noVendor, { outcome: label }) : label) as Said;
      return d.revision
        ? sayWith(DECISION_HEADLINE_MESSAGES.revision, { outcome: label, vendor: name(d.vendor), revision: d.revision })
        : sayWith(DECISION_HEADLINE_MESSAGES.vendor, { outcome: label, vendor: name(d.vendor) });
    },

    decidedText: (r: DecisionReport) => sayWith(M.decided, { date: timestamp(r.decision.decidedAt), named: r.decision.decidedBy ? 'yes' : 'no', name: name(r.decision.decidedBy) }),

    /** The statement no score may soften: the approved vendor's open red flags, accepted knowingly. */
    acceptedRedFlagsText(r: DecisionReport): string | null {
      const count = r.decision.acceptedRedFlags.length;
      if (count === 0 || r.decision.outcome === 'reject' || r.decision.stale) return null;
      return say(M.accepted, { count });
    },

    /** A decision made on a revision that a later re-submission replaced: said first, never glossed over. */
    staleDecisionText(r: DecisionReport): (string | Said)[] | null {
      const d = r.decision;
      if (!d.stale) return null;
      const text = sayWith(M.stale, { revision: d.revision ?? '?', named: d.vendor ? 'yes' : 'no', vendor: name(d.vendor ?? '') });
      return d.acceptedKeys.length ? [text, ` ${say(M.staleAccepted, { keys: list(d.acceptedKeys) })}`] : [text];
    },

    signatureText(v: DecisionReportVendor): Said {
      if (!v.signature) return say(SIGNATURE_MESSAGES.unsigned) as Said;
      if (!v.signature.valid) return say(SIGNATURE_MESSAGES.invalid) as Said;
      return sayWith(M.signed, { named: v.signature.signer ? 'yes' : 'no', signer: name(v.signature.signer ?? ''), trusted: v.signature.trusted ? 'yes' : 'no' });
    },

    vendorRedFlagCount: (v: DecisionReportVendor) => redFlagCount(v.summary.redFlags),
    vendorFlagsHeading: (v: DecisionReportVendor) => sayWith(M.vendorFlags, { vendor: name(v.organisation), flags: redFlagCount(v.summary.redFlags) }),
    answeredOf: (v: DecisionReportVendor) => say(M.answeredOf, { answered: v.summary.answered, asked: v.summary.asked }),

    /** "Red flag on CQ-01: “Don’t know” (deal-breaker set by the buyer)". */
    redFlagText,
    /** The red flag, then the question it is on. */
    flagLine: (f: DecisionReportFlag) => sayWith(M.flagAndQuestion, { flag: redFlagText(f), question: name(f.question) }),

    /** One matrix cell in words: the answer, a red flag said as such, the buyer's review, evidence. */
    cellText(c: MatrixCell): string {
      const parts = [c.status ? say(ANSWER_MESSAGES[c.status]) : c.mandatoryMissing ? say(M.noAnswerMandatory) : say(NO_ANSWER)];
      if (c.redFlag) parts.push(say(M.cellRedFlag, { source: source(c.redFlag) }));
      if (c.verdict) parts.push(say(M.cellReview, { verdict: say(VERDICT_MESSAGES[c.verdict]) }));
      if (c.evidenceCount) parts.push(say(M.cellEvidence, { count: c.evidenceCount }));
      return parts.join(dir === 'rtl' ? '؛ ' : '; ');
    },

    questionLabel: (row: { key: string; question: string; mandatory: boolean; dealBreaker: boolean }) =>
      sayWith(M.questionLabel, {
        label: say(QUESTION_MARKS_MESSAGE, { key: row.key, breaker: row.dealBreaker ? 'yes' : 'no', mandatory: row.mandatory ? 'yes' : 'no' }),
        question: name(row.question),
      }),

    conditionHeading: (c: DecisionReport['conditions'][number]) => sayWith(M.conditionHeading, { clause: c.clauseId, title: name(c.title) }),
    conditionAnswerText: (a: { key: string; question: string; redFlag: boolean }) => sayWith(M.conditionAnswer, { key: a.key, redFlag: a.redFlag ? 'yes' : 'no', question: name(a.question) }),

    /** The clause's citations, as the sources give them (English in every report). */
    citationsOf: (c: DecisionReport['conditions'][number]) => c.citations.map(citationText),

    libraryText: (r: DecisionReport) => sayWith(M.library, { title: name(r.library.title), id: r.library.id, version: r.library.version }),
  };
}

export type DecisionWords = ReturnType<typeof decisionWords>;
export type DecisionWordsWrapping<N> = ReturnType<typeof decisionWordsWrapping<N>>;

/** Every word the report may print in a language, with the report's own text: what its PDF's fonts must cover. */
export function decisionPdfText(report: DecisionReport, language?: LanguageState): string {
  const w = decisionWords(language);
  const sample = [
    ...Object.values(w.sections),
    ...Object.values(w.columns),
    ...w.procurementFields(report).map(([label]) => label),
    w.kicker,
    w.madeWith,
    w.reasons,
    w.labelled(w.answers),
    w.labelled(w.citations),
    w.mandatoryMissing,
    w.decisionHashLabel,
    w.requestHashLabel,
    w.matrixIntro,
    w.vendorsIntro,
    w.noRedFlag,
    w.noRedFlagApproved,
    w.none,
    w.outcomeText(report),
    w.decidedText(report),
    w.acceptedRedFlagsText(report) ?? '',
    ...(w.staleDecisionText(report) ?? []),
    w.libraryText(report),
    w.reportMark(''),
    w.pageMark(0, 0),
    ...Object.values(signatureWords(language)).map((v) => (typeof v === 'string' ? v : v('', '', report.meta.generatedAt))),
    ...report.vendors.flatMap((v) => [w.signatureText(v), w.vendorFlagsHeading(v), w.answeredOf(v), ...v.redFlags.map(w.flagLine)]),
    ...report.matrix.rows.flatMap((row) => [w.questionLabel(row), ...row.cells.map(w.cellText)]),
    ...report.conditions.flatMap((c) => [w.conditionHeading(c), ...c.answers.map(w.conditionAnswerText)]),
  ];
  return `${textOf(report)}\n${sample.join('\n')}`;
}
