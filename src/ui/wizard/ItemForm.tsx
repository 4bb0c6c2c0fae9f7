import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import {
  ANSWER_STATUSES,
  canonicalJson,
  EvidenceRefSchema,
  ItemAnswerFormSchema,
  needsReason,
  type AssessmentChange,
  type ChecklistItem,
  type ItemAnswer,
  type ItemAnswerForm,
} from '../../domain';
import { FieldError } from '../common/FieldError';
import { EvidenceLink } from '../common/EvidenceLink';
import { useGuardedForm } from '../assessment/leaveGuard';
import { useEasyRead } from '../common/easyRead';
import { ANSWER_MESSAGES } from '../common/codeWords';
import { EASY_ANSWER_MESSAGES, NO_EVIDENCE_LABEL } from './checklistWords';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { EvidenceAdder } from './EvidenceAdder';

/**
 * One item's answer. Every valid edit is handed to autosave at once. New evidence
 * comes in through "Add evidence" (checked when added, see EvidenceAdder); a stored
 * row whose description is emptied stays in the form and the rest of the answer is
 * saved without it; moving on asks first, saying why.
 * Other invalid input stays in the form with its message and is never written.
 */
export function ItemForm(props: {
  item: ChecklistItem;
  answer: ItemAnswer | undefined;
  onChange: (change: AssessmentChange) => void;
  readOnly?: boolean;
  /** The id of the hint under the question (why it matters), read as the answer group's description. */
  hintId?: string;
  /** The language the question was shown in, recorded with the answer in the trail (see answer.set). */
  language?: string;
}) {
  const { item, onChange, language } = props;
  const [easy] = useEasyRead();
  const intl = useIntl();
  const labels = easy ? EASY_ANSWER_MESSAGES : ANSWER_MESSAGES;
  const form = useForm<ItemAnswerForm>({
    resolver: problemResolver(ItemAnswerFormSchema),
    mode: 'onChange',
    defaultValues: {
      status: props.answer?.status ?? null,
      notes: props.answer?.notes ?? '',
      evidence: props.answer?.evidence ?? [],
    },
  });
  const evidence = useFieldArray({ control: form.control, name: 'evidence' });
  const evidenceValues = useWatch({ control: form.control, name: 'evidence' });
  // An invalid field holds back the whole answer: say so, rather than look saved.
  const [blocked, setBlocked] = useState(false);
  // Numbers (from 1) of evidence rows without a description: kept on screen, not saved.
  const [drafts, setDrafts] = useState<number[]>([]);
  // "Not applicable" on a red flag, with no reason yet: held back (not saved) until the notes say why.
  const [reasonMissing, setReasonMissing] = useState(false);
  const lastSent = useRef<string | null>(null);
  const errors = form.formState.errors;

  useEffect(() => {
    const subscription = form.watch((values) => {
      const rows = values.evidence ?? [];
      const incomplete = rows.flatMap((row, i) => (EvidenceRefSchema.safeParse(row).success ? [] : [i + 1]));
      setDrafts(incomplete);
      const parsed = ItemAnswerFormSchema.safeParse({ ...values, evidence: rows.filter((row) => EvidenceRefSchema.safeParse(row).success) });
      setBlocked(!parsed.success);
      if (!parsed.success) return;
      const unexplained = needsReason(item, parsed.data.status, parsed.data.notes);
      setReasonMissing(unexplained);
      if (unexplained) return;
      const change: AssessmentChange = { type: 'answer.set', itemId: item.id, ...parsed.data, ...(language ? { language } : {}) };
      // Opening or emptying a draft row changes nothing stored: no save for it.
      const text = canonicalJson(change);
      if (text === lastSent.current) return;
      lastSent.current = text;
      onChange(change);
    });
    return () => subscription.unsubscribe();
  }, [form, item, onChange, language]);

  useGuardedForm({
    isDirty: () => drafts.length > 0 || reasonMissing,
    save: async () =>
      reasonMissing
        ? intl.formatMessage(
            {
              defaultMessage: '{item} is a red flag marked “Not applicable” with no reason, so that answer is not saved. Say in the notes why it does not apply, or choose another answer.',
              description: 'Leaving a checklist item: why its answer is not saved (completes “Not saved: …”)',
            },
            { item: item.id },
          )
        : intl.formatMessage(
            {
              defaultMessage:
                '{count, plural, one {evidence {rows} of {item} has no description yet, so it is not saved} other {evidence {rows} of {item} have no description yet, so they are not saved}} (the rest of this answer is). Describe it or remove it.',
              description: 'Leaving a checklist item: evidence rows (numbers) not saved (completes “Not saved: …”)',
            },
            { count: drafts.length, rows: intl.formatList(drafts.map((n) => intl.formatNumber(n))), item: item.id },
          ),
  });

  const statusName = `status-${item.id}`;
  return (
    <form className="item-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <fieldset className="plain" disabled={props.readOnly}>
      <fieldset className="field status-choices" aria-describedby={props.hintId}>
        <legend>
          <FormattedMessage defaultMessage="Your answer" description="Checklist item: legend of the answer choices" />
        </legend>
        {ANSWER_STATUSES.map((status) => (
          <div className="choice" key={status}>
            <input
              type="radio"
              id={`${statusName}-${status}`}
              value={status}
              {...form.register('status', { setValueAs: (v: string | null) => (v ? v : null) })}
            />
            <label htmlFor={`${statusName}-${status}`}>{intl.formatMessage(labels[status])}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`notes-${item.id}`}>
          <FormattedMessage defaultMessage="Notes" description="Checklist item: label of the notes field" />
        </label>
        <textarea
          id={`notes-${item.id}`}
          rows={4}
          {...form.register('notes')}
          aria-describedby={`notes-${item.id}-error`}
          aria-invalid={reasonMissing || !!errors.notes}
        />
        <FieldError
          id={`notes-${item.id}-error`}
          message={
            errors.notes?.message ??
            (reasonMissing
              ? intl.formatMessage({
                  defaultMessage: 'This is a red flag: say why it does not apply to this product. “Not applicable” is not saved until you do.',
                  description: 'Checklist item: error under the notes when a red flag is “Not applicable” without a reason',
                })
              : undefined)
          }
        />
      </div>
      <fieldset className="field">
        <legend>
          <FormattedMessage defaultMessage="Evidence" description="Checklist item: legend of the evidence list" />
        </legend>
        {evidence.fields.length === 0 && (
          <p className="muted">
            <FormattedMessage defaultMessage="No evidence linked yet." description="Checklist item: the evidence list is empty" />
          </p>
        )}
        {evidence.fields.map((field, index) => (
          <div className="evidence-row" key={field.id}>
            <div className="field">
              <label htmlFor={`ev-${item.id}-${index}-label`}>
                <FormattedMessage defaultMessage="Evidence {number}: what it is" description="Checklist item: label of an evidence row’s description" values={{ number: index + 1 }} />
              </label>
              <input id={`ev-${item.id}-${index}-label`} {...form.register(`evidence.${index}.label`)} />
              <FieldError
                id={`ev-${item.id}-${index}-error`}
                message={
                  errors.evidence?.[index]?.label?.message && !evidenceValues?.[index]?.label?.trim()
                    ? intl.formatMessage(NO_EVIDENCE_LABEL)
                    : errors.evidence?.[index]?.label?.message
                }
              />
            </div>
            <div className="field">
              <label htmlFor={`ev-${item.id}-${index}-url`}>
                <FormattedMessage defaultMessage="Evidence {number}: link or location (optional)" description="Checklist item: label of an evidence row’s link" values={{ number: index + 1 }} />
              </label>
              <input id={`ev-${item.id}-${index}-url`} {...form.register(`evidence.${index}.url`)} aria-describedby={`ev-${item.id}-${index}-url-error`} />
              <FieldError id={`ev-${item.id}-${index}-url-error`} message={errors.evidence?.[index]?.url?.message} />
              <EvidenceLink url={evidenceValues?.[index]?.url ?? ''} />
            </div>
            <button
              type="button"
              onClick={() => evidence.remove(index)}
              aria-label={intl.formatMessage({ defaultMessage: 'Remove evidence {number}', description: 'Checklist item: accessible name of an evidence row’s remove button' }, { number: index + 1 })}
            >
              <FormattedMessage defaultMessage="Remove" description="Checklist item: button that removes an evidence row" />
            </button>
          </div>
        ))}
        <EvidenceAdder itemId={item.id} onAdd={(added) => evidence.append(added, { shouldFocus: false })} />
      </fieldset>
      {drafts.length > 0 && !blocked && (
        <p role="status" className="hint">
          <FormattedMessage
            defaultMessage="{count, plural, one {Evidence {rows} is not saved until it has a description} other {Evidence {rows} are not saved until they have a description}} (and a link, if any, that starts with https:// or http://); the rest of this answer is saved."
            description="Checklist item: evidence rows (numbers) held back until described"
            values={{ count: drafts.length, rows: intl.formatList(drafts.map((n) => intl.formatNumber(n))) }}
          />
        </p>
      )}
      {blocked && (
        <p role="alert" className="alert warning">
          <FormattedMessage defaultMessage="This answer is not saved until the marked field is filled in or removed." description="Checklist item: an invalid field holds the whole answer back" />
        </p>
      )}
      </fieldset>
    </form>
  );
}
