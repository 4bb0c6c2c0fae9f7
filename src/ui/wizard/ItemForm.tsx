import { useEffect, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ANSWER_LABELS, ANSWER_STATUSES, ItemAnswerFormSchema, type AssessmentChange, type ChecklistItem, type ItemAnswer, type ItemAnswerForm } from '../../domain';
import { FieldError } from '../common/FieldError';
import { EASY_ANSWER_LABELS, useEasyRead } from '../common/easyRead';

/**
 * One item's answer. Every valid edit is handed to autosave at once; invalid
 * input stays in the form with its message and is never written.
 */
export function ItemForm(props: { item: ChecklistItem; answer: ItemAnswer | undefined; onChange: (change: AssessmentChange) => void }) {
  const { item, onChange } = props;
  const [easy] = useEasyRead();
  const labels = easy ? EASY_ANSWER_LABELS : ANSWER_LABELS;
  const form = useForm<ItemAnswerForm>({
    resolver: zodResolver(ItemAnswerFormSchema),
    mode: 'onChange',
    defaultValues: {
      status: props.answer?.status ?? null,
      notes: props.answer?.notes ?? '',
      evidence: props.answer?.evidence ?? [],
    },
  });
  const evidence = useFieldArray({ control: form.control, name: 'evidence' });
  // An invalid field holds back the whole answer: say so, rather than look saved.
  const [blocked, setBlocked] = useState(false);
  const errors = form.formState.errors;

  useEffect(() => {
    const subscription = form.watch((values) => {
      const parsed = ItemAnswerFormSchema.safeParse(values);
      setBlocked(!parsed.success);
      if (parsed.success) onChange({ type: 'answer.set', itemId: item.id, ...parsed.data });
    });
    return () => subscription.unsubscribe();
  }, [form, item.id, onChange]);

  const statusName = `status-${item.id}`;
  return (
    <form className="item-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset className="field status-choices">
        <legend>Your answer</legend>
        {ANSWER_STATUSES.map((status) => (
          <div className="choice" key={status}>
            <input
              type="radio"
              id={`${statusName}-${status}`}
              value={status}
              {...form.register('status', { setValueAs: (v: string | null) => (v ? v : null) })}
            />
            <label htmlFor={`${statusName}-${status}`}>{labels[status]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`notes-${item.id}`}>Notes</label>
        <textarea id={`notes-${item.id}`} rows={4} {...form.register('notes')} aria-describedby={`notes-${item.id}-error`} />
        <FieldError id={`notes-${item.id}-error`} message={errors.notes?.message} />
      </div>
      <fieldset className="field">
        <legend>Evidence</legend>
        {evidence.fields.length === 0 && <p className="muted">No evidence linked yet.</p>}
        {evidence.fields.map((field, index) => (
          <div className="evidence-row" key={field.id}>
            <div className="field">
              <label htmlFor={`ev-${item.id}-${index}-label`}>Evidence {index + 1}: what it is</label>
              <input id={`ev-${item.id}-${index}-label`} {...form.register(`evidence.${index}.label`)} />
              <FieldError id={`ev-${item.id}-${index}-error`} message={errors.evidence?.[index]?.label?.message} />
            </div>
            <div className="field">
              <label htmlFor={`ev-${item.id}-${index}-url`}>Link or location (optional)</label>
              <input id={`ev-${item.id}-${index}-url`} {...form.register(`evidence.${index}.url`)} />
            </div>
            <button type="button" onClick={() => evidence.remove(index)} aria-label={`Remove evidence ${index + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => evidence.append({ label: '', url: '' })}>
          Add evidence
        </button>
      </fieldset>
      {blocked && (
        <p role="alert" className="alert warning">
          This answer is not saved until the marked field is filled in or removed.
        </p>
      )}
    </form>
  );
}
