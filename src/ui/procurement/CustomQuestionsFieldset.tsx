import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { STAGE_LABELS, STAGES } from '../../domain';
import { FieldError } from '../common/FieldError';
import type { RequestFormInput } from './requestForm';

/** The buyer's own questions, answered on the same scale as checklist items (so "Yes" is the answer wanted). */
export function CustomQuestionsFieldset(props: { control: Control<RequestFormInput>; register: UseFormRegister<RequestFormInput>; errors: FieldErrors<RequestFormInput> }) {
  const { fields, append, remove } = useFieldArray({ control: props.control, name: 'custom' });
  return (
    <section aria-labelledby="custom-questions-title">
      <h2 id="custom-questions-title">Your own questions</h2>
      <p className="hint">Word each so that “Yes” is the answer you want: vendors answer on the same scale as the checklist.</p>
      {fields.map((field, i) => {
        const n = i + 1;
        const message = props.errors.custom?.[i]?.question?.message;
        return (
          <fieldset key={field.id} className="request-item">
            <legend>Custom question {n}</legend>
            <div className="field">
              <label htmlFor={`custom-${field.id}`}>Question {n}</label>
              <textarea id={`custom-${field.id}`} rows={2} aria-invalid={!!message} aria-describedby={`custom-${field.id}-error`} {...props.register(`custom.${i}.question`)} />
              <FieldError id={`custom-${field.id}-error`} message={message} />
            </div>
            <div className="field">
              <label htmlFor={`custom-${field.id}-stage`}>Stage of question {n}</label>
              <select id={`custom-${field.id}-stage`} {...props.register(`custom.${i}.stage`)}>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {STAGE_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <label className="choice">
              <input type="checkbox" {...props.register(`custom.${i}.mandatory`)} /> Mandatory
            </label>
            <label className="choice">
              <input type="checkbox" {...props.register(`custom.${i}.dealBreaker`)} /> Deal-breaker
            </label>
            <button type="button" onClick={() => remove(i)}>
              Remove question {n}
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => append({ question: '', stage: 'deployment', mandatory: false, dealBreaker: false })}>
        Add a question of your own
      </button>
    </section>
  );
}
