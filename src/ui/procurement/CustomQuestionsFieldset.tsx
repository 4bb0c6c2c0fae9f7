import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { STAGES } from '../../domain';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { STAGE_MESSAGES } from '../common/codeWords';
import { customQuestionName, MARKS } from './requestWords';
import { FieldError } from '../common/FieldError';
import type { RequestFormInput } from './requestForm';

/** The buyer's own questions, answered on the same scale as checklist items (so "Yes" is the answer wanted). */
export function CustomQuestionsFieldset(props: { control: Control<RequestFormInput>; register: UseFormRegister<RequestFormInput>; errors: FieldErrors<RequestFormInput> }) {
  const { fields, append, remove } = useFieldArray({ control: props.control, name: 'custom' });
  const intl = useIntl();
  return (
    <section aria-labelledby="custom-questions-title">
      <h2 id="custom-questions-title">
        <FormattedMessage defaultMessage="Your own questions" description="Request builder: heading of the buyer’s own questions" />
      </h2>
      <p className="hint">
        <FormattedMessage
          defaultMessage="Word each so that “Yes” is the answer you want: vendors answer on the same scale as the checklist."
          description="Request builder: hint on writing one’s own questions"
        />
      </p>
      {fields.map((field, i) => {
        const n = i + 1;
        const message = props.errors.custom?.[i]?.question?.message;
        return (
          <fieldset key={field.id} className="request-item">
            <legend>{customQuestionName(intl, n)}</legend>
            <div className="field">
              <label htmlFor={`custom-${field.id}`}>
                <FormattedMessage defaultMessage="Question {n}" description="Request builder: label of the text of the buyer’s own question number n" values={{ n }} />
              </label>
              <textarea id={`custom-${field.id}`} rows={2} aria-invalid={!!message} aria-describedby={`custom-${field.id}-error`} {...props.register(`custom.${i}.question`)} />
              <FieldError id={`custom-${field.id}-error`} message={message} />
            </div>
            <div className="field">
              <label htmlFor={`custom-${field.id}-stage`}>
                <FormattedMessage defaultMessage="Stage of question {n}" description="Request builder: label of the lifecycle stage of the buyer’s own question number n" values={{ n }} />
              </label>
              <select id={`custom-${field.id}-stage`} {...props.register(`custom.${i}.stage`)}>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {intl.formatMessage(STAGE_MESSAGES[s])}
                  </option>
                ))}
              </select>
            </div>
            <label className="choice">
              <input type="checkbox" {...props.register(`custom.${i}.mandatory`)} /> {intl.formatMessage(MARKS.mandatory)}
            </label>
            <label className="choice">
              <input type="checkbox" {...props.register(`custom.${i}.dealBreaker`)} /> {intl.formatMessage(MARKS.dealBreaker)}
            </label>
            <button type="button" onClick={() => remove(i)}>
              <FormattedMessage defaultMessage="Remove question {n}" description="Request builder: button removing the buyer’s own question number n" values={{ n }} />
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => append({ question: '', stage: 'deployment', mandatory: false, dealBreaker: false })}>
        <FormattedMessage defaultMessage="Add a question of your own" description="Request builder: button" />
      </button>
    </section>
  );
}
