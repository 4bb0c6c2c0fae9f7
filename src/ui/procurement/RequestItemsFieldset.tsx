import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { STAGE_LABELS, STAGES, type Checklist } from '../../domain';
import type { RequestFormInput } from './requestForm';

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
  return (
    <section aria-labelledby="request-items-title">
      <h2 id="request-items-title">Checklist questions to ask</h2>
      <p className="hint">
        {askedCount} of {props.checklist.items.length} questions asked. The vendor answers them about its product, from the builder’s side.
      </p>
      {STAGES.map((stage) => (
        <details key={stage} className="request-stage" open={stage === 'conception'}>
          <summary>
            {STAGE_LABELS[stage]} ({items.filter((i) => i.ask && props.checklist.items[index.get(i.id)!]?.stage === stage).length} asked)
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
                    {item.redFlag && <span className="badge red-flag">Checklist red flag</span>}
                  </legend>
                  <label className="choice">
                    <input type="checkbox" {...props.register(`items.${i}.ask`)} /> Ask
                  </label>
                  <label className="choice">
                    <input type="checkbox" disabled={!asked} {...props.register(`items.${i}.mandatory`)} /> Mandatory
                  </label>
                  <label className="choice">
                    <input type="checkbox" disabled={!asked} {...props.register(`items.${i}.dealBreaker`)} /> Deal-breaker
                  </label>
                </fieldset>
              );
            })}
        </details>
      ))}
    </section>
  );
}
