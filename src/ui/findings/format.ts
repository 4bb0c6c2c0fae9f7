import { ANSWER_LABELS, SEVERITY_ANCHORS, STAGE_LABELS, severityScore, type Finding } from '../../domain';

export const severityText = (f: Finding) => {
  const score = severityScore(f.severity);
  return score === null ? 'Not rated' : `${score} of 12`;
};

export const likelihoodText = (f: Finding) => (f.likelihood === null ? 'Not rated' : `${f.likelihood}: ${SEVERITY_ANCHORS.likelihood[f.likelihood - 1]}`);

/** Where a finding comes from: "CON-04, Conception, answered No", or the person's own. */
export const sourceText = (f: Finding) =>
  f.origin === 'custom' ? 'Added by you' : `${f.itemId}, ${STAGE_LABELS[f.stage!]}, answered ${ANSWER_LABELS[f.answer!]}`;
