import { useId, useMemo, useState } from 'react';
import {
  AUDIT_VERDICTS,
  REVIEW_FILTERS,
  STAGES,
  filterReviewItems,
  isBuyerAssessment,
  type ReviewFilter,
} from '../../domain';
import type { SectionProps } from '../assessment/sections';
import { ItemReview } from './ItemReview';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { STAGE_MESSAGES, VERDICT_MESSAGES } from '../common/codeWords';
import { FILTER_MESSAGES, type FilterWords } from './words';
import { UnreviewedTranslationNote } from '../procurement/ChecklistLanguageNote';
import { itemLanguage } from '../wizard/useChecklistLanguage';

/** Every applicable item, stage by stage, narrowed by the filter; each with its own review form. */
export function ItemReviewList(props: SectionProps & { itemIds: string[] }) {
  const { assessment, resolved, loaded } = props;
  // Each question as the auditor reads it (display only: verdicts key on item ids), English where its translation is missing.
  const inLanguage = props.shown;
  const translated = useMemo(() => new Map(inLanguage.loaded.checklist.items.map((i) => [i.id, i])), [inLanguage]);
  const langOf = (id: string) => {
    const lang = itemLanguage(inLanguage, id);
    return lang === intl.locale ? undefined : lang;
  };
  const filterId = useId();
  const intl = useIntl();
  const filterLabels = useMemo(
    () =>
      ({
        all: intl.formatMessage(FILTER_MESSAGES.all),
        unreviewed: intl.formatMessage(FILTER_MESSAGES.unreviewed),
        ...Object.fromEntries(AUDIT_VERDICTS.map((v) => [v, intl.formatMessage(FILTER_MESSAGES.verdict, { verdict: intl.formatMessage(VERDICT_MESSAGES[v]) })])),
      }) as FilterWords,
    [intl],
  );
  const [filter, setFilter] = useState<ReviewFilter>('all');
  const [notice, setNotice] = useState<string | null>(null);
  // The filter is applied when it is chosen, not on every save: an item reviewed while
  // "not yet reviewed" is shown stays on screen until the filter is chosen again.
  const [shown, setShown] = useState(() => new Set(filterReviewItems(assessment, props.itemIds, filter)));
  const buyer = useMemo(() => isBuyerAssessment(loaded.checklist, assessment.triage), [loaded, assessment.triage]);
  const choose = (next: ReviewFilter) => {
    setFilter(next);
    setShown(new Set(filterReviewItems(assessment, props.itemIds, next)));
  };

  return (
    <section aria-labelledby="item-reviews-title">
      <h3 id="item-reviews-title">
        <FormattedMessage defaultMessage="Verdicts, item by item" description="Audit: heading of the list of items to review" />
      </h3>
      <UnreviewedTranslationNote shown={inLanguage} />
      <div className="list-controls">
        <div className="field">
          <label htmlFor={filterId}>
            <FormattedMessage defaultMessage="Show" description="Audit: filter of the item list" />
          </label>
          <select id={filterId} value={filter} onChange={(e) => choose(e.target.value as ReviewFilter)}>
            {REVIEW_FILTERS.map((f) => (
              <option key={f} value={f}>
                {filterLabels[f]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
      {shown.size === 0 && (
        <p className="empty-state">
          <FormattedMessage
            defaultMessage="No item matches “{filter}”."
            description="Audit: the filter leaves no item; filter is its name"
            values={{ filter: filterLabels[filter] }}
          />
        </p>
      )}
      {STAGES.map((stage) => {
        const items = resolved.applicable[stage].filter((i) => shown.has(i.id));
        if (items.length === 0) return null;
        return (
          <section key={stage} aria-labelledby={`review-stage-${stage}`} className="review-stage">
            <h4 id={`review-stage-${stage}`}>{intl.formatMessage(STAGE_MESSAGES[stage])}</h4>
            {items.map((item) => (
              <ItemReview
                key={item.id}
                item={translated.get(item.id) ?? item}
                lang={langOf(item.id)}
                buyer={buyer}
                answer={assessment.answers[item.id]}
                commit={props.commit}
                by={props.by}
                readOnly={props.readOnly}
                onSaved={(message) => setNotice(message)}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
}
