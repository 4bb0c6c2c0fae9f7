import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { STAGES, type Checklist } from '../../domain';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { STAGE_MESSAGES } from '../common/codeWords';
import type { RequestFormInput } from './requestForm';
import { MARKS } from './requestWords';

/**
 * The checklist items a request can ask, by stage: ask it, make it mandatory, make it a
 * deal-breaker. Items that apply to the buyer's profile come pre-selected (from
 * `newRequestDraft`); the checklist's own red-flag items are marked so the buyer sees
 * which answers the checklist already treats as red flags.
 */
export function RequestItemsFieldset(props: { checklist: Checklist; control: Control<RequestFormInput>; register: UseFormRegister<RequestFormInput> }) {
  const items = useWatch({ control: props.control, name: 'items' });
  const index = new Map(props.checklist.items.map((item, i) => [item.id, i]));
  const askedCount = items.filter((i) => i.ask).length;
  const intl = useIntl();
  return (
    <section aria-labelledby="request-items-title">
      <h2 id="request-items-title">
        <FormattedMessage defaultMessage="Checklist questions to ask" description="Request builder: heading of the checklist items the buyer can ask" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="{asked} of {total, plural, one {# question} other {# questions}} asked. The vendor answers them about its product, from the builder’s side."
          description="Request builder: how many checklist questions are asked"
          values={{ asked: askedCount, total: props.checklist.items.length }}
        />
      </p>
      {STAGES.map((stage) => (
        <details key={stage} className="request-stage" open={stage === 'conception'}>
          <summary>
            <FormattedMessage
              defaultMessage="{stage} ({count} asked)"
              description="Request builder: a lifecycle stage and how many of its questions are asked"
              values={{ stage: intl.formatMessage(STAGE_MESSAGES[stage]), count: items.filter((i) => i.ask && props.checklist.items[index.get(i.id)!]?.stage === stage).length }}
            />
          </summary>
          {props.checklist.items
            .filter((item) => item.stage === stage)
            .map((item) => {
              const i = index.get(item.id)!;
              const asked = !!items[i]?.ask;
              return (
                <fieldset key={item.id} className="request-item">
                  <legend>
                    <span className="item-id">{item.id}</span> {item.question}{' '}
                    {item.redFlag && <span className="badge red-flag">
                        <FormattedMessage defaultMessage="Checklist red flag" description="Request builder: badge on a checklist item the checklist itself treats as a red flag" />
                      </span>}
                  </legend>
                  <label className="choice">
                    <input type="checkbox" {...props.register(`items.${i}.ask`)} /> {intl.formatMessage(MARKS.ask)}
                  </label>
                  <label className="choice">
                    <input type="checkbox" disabled={!asked} {...props.register(`items.${i}.mandatory`)} /> {intl.formatMessage(MARKS.mandatory)}
                  </label>
                  <label className="choice">
                    <input type="checkbox" disabled={!asked} {...props.register(`items.${i}.dealBreaker`)} /> {intl.formatMessage(MARKS.dealBreaker)}
                  </label>
                </fieldset>
              );
            })}
        </details>
      ))}
    </section>
  );
}
