import { useMemo } from 'react';
import { severityLevel, severityScore, type Finding } from '../../domain';
import { defineMessages } from '../../i18n/format';
import { useIntl } from '../../i18n/react';
import { ANSWER_MESSAGES, STAGE_MESSAGES } from '../common/codeWords';
import { FINDING_WORDS, LIKELIHOOD_MESSAGES, RATING_MESSAGES, SEVERITY_NAME_MESSAGES } from './words';

const SOURCE = defineMessages({
  item: { defaultMessage: '{item}, {stage}, answered {answer}', description: 'Where a finding comes from: a checklist item id, its stage and the answer given' },
});

/** A finding's rating and source in the chosen language; components re-render when it changes. */
export function useFindingWords() {
  const intl = useIntl();
  return useMemo(() => {
    const f = intl.formatMessage;
    /** The highest of the three dimensions (UNGP 14, undiluted), named as the heat map's rows are: "4 of 4 (Grave)". */
    const severityText = (finding: Finding) => {
      const level = severityLevel(finding.severity);
      return level === null ? f(RATING_MESSAGES.notRated) : f(RATING_MESSAGES.severity, { level, name: f(SEVERITY_NAME_MESSAGES[level - 1]!) });
    };
    const likelihoodText = (finding: Finding) =>
      finding.likelihood === null ? f(RATING_MESSAGES.notRated) : f(RATING_MESSAGES.likelihood, { level: finding.likelihood, name: f(LIKELIHOOD_MESSAGES[finding.likelihood - 1]!) });
    const ratingText = (finding: Finding) =>
      severityScore(finding.severity) === null && finding.likelihood === null
        ? f(RATING_MESSAGES.notYetRated)
        : f(RATING_MESSAGES.both, { severity: severityText(finding), likelihood: likelihoodText(finding) });
    /** Where a finding comes from: "CON-04, Conception, answered No", or the person's own. */
    const sourceText = (finding: Finding) =>
      finding.origin === 'custom'
        ? f(FINDING_WORDS.addedByYou)
        : f(
            SOURCE.item,
            { item: finding.itemId ?? '', stage: f(STAGE_MESSAGES[finding.stage!]), answer: f(ANSWER_MESSAGES[finding.answer!]) },
          );
    return { severityText, likelihoodText, ratingText, sourceText };
  }, [intl]);
}
