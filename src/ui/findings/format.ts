import { ANSWER_LABELS, SEVERITY_ANCHORS, STAGE_LABELS, severityLevel, type Finding } from '../../domain';

/** The highest of the three dimensions (UNGP 14, undiluted), named as the heat map's rows are: "4 of 4 (Grave)". */
export const severityText = (f: Finding) => {
  const level = severityLevel(f.severity);
  return level === null ? 'Not rated' : `${level} of 4 (${SEVERITY_ANCHORS.scale[level - 1]!.split(':')[0]})`;
};

export const likelihoodText = (f: Finding) => (f.likelihood === null ? 'Not rated' : `${f.likelihood}: ${SEVERITY_ANCHORS.likelihood[f.likelihood - 1]}`);

/** Where a finding comes from: "CON-04, Conception, answered No", or the person's own. */
export const sourceText = (f: Finding) =>
  f.origin === 'custom' ? 'Added by you' : `${f.itemId}, ${STAGE_LABELS[f.stage!]}, answered ${ANSWER_LABELS[f.answer!]}`;
