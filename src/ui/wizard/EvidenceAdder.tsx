import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { z } from 'zod';
import { EvidenceRefSchema, type EvidenceRef } from '../../domain';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, FIELD_PROBLEM, type SummaryEntry } from '../common/ErrorSummary';
import { useGuardedForm } from '../assessment/leaveGuard';
import { defineMessage } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { NO_EVIDENCE_LABEL } from './checklistWords';

const NewEvidenceSchema = z.object({ newEvidence: EvidenceRefSchema });
type NewEvidenceForm = z.input<typeof NewEvidenceSchema>;
const EMPTY: NewEvidenceForm = { newEvidence: { label: '', url: '' } };
const FIELDS = [
  ['label', defineMessage({ defaultMessage: 'What the evidence is', description: 'New evidence form: label of the description field' })],
  ['url', defineMessage({ defaultMessage: 'Link or location (optional)', description: 'New evidence form: label of the link field' })],
] as const;
const SUMMARY_NAMES = {
  label: defineMessage({ defaultMessage: 'What the evidence is', description: 'New evidence form: the description field, as the error summary names it' }),
  url: defineMessage({ defaultMessage: 'Link or location', description: 'New evidence form: the link field, as the error summary names it' }),
};

/**
 * "Add evidence": opens a small form for one piece of evidence. Nothing is checked while the
 * person types; "Add this evidence" checks it, and any problem is named in one summary at the
 * top of the form, linked to its field, and under the field itself (the GOV.UK pattern). Only
 * valid evidence reaches the answer, so an empty row is never an error the person did not cause.
 * It is not a <form> of its own: it sits inside the item's form, and forms do not nest.
 */
export function EvidenceAdder(props: { itemId: string; onAdd: (evidence: EvidenceRef) => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const reopenFocus = useRef(false);
  const form = useForm<NewEvidenceForm>({ resolver: problemResolver(NewEvidenceSchema), defaultValues: EMPTY });
  const errors = form.formState.errors.newEvidence;
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const base = `new-ev-${props.itemId}`;
  // An empty description in the form's own words; any other problem as the form resolver words its code.
  const problem = (name: 'label' | 'url', message: string | undefined) =>
    message && name === 'label' && !form.getValues().newEvidence.label?.trim() ? intl.formatMessage(NO_EVIDENCE_LABEL) : message;

  // Moving on with something typed here adds it when it is valid, and asks first when it is not.
  useGuardedForm({
    isDirty: () => open && Object.values(form.getValues().newEvidence).some((v) => !!v?.trim()),
    save: async () => {
      const parsed = EvidenceRefSchema.safeParse(form.getValues().newEvidence);
      if (!parsed.success) {
        return intl.formatMessage(
          {
            defaultMessage: 'the new evidence of {item} needs a description (and a link, if any, that starts with https:// or http://), so it is not saved. Complete it, or cancel it.',
            description: 'Leaving a checklist item: why new evidence is not saved (completes “Not saved: …”)',
          },
          { item: props.itemId },
        );
      }
      props.onAdd(parsed.data);
      close();
      return null;
    },
  });

  useEffect(() => {
    if (open) form.setFocus('newEvidence.label');
    else if (reopenFocus.current) opener.current?.focus();
  }, [open, form]);

  const close = () => {
    form.reset(EMPTY);
    setSummary([]);
    reopenFocus.current = true;
    setOpen(false);
  };
  const add = form.handleSubmit(
    (values) => {
      props.onAdd(EvidenceRefSchema.parse(values.newEvidence));
      close();
    },
    (invalid) => {
      setSummary(
        FIELDS.flatMap(([name]) => {
          const message = problem(name, invalid.newEvidence?.[name]?.message);
          return message ? [{ fieldName: `newEvidence.${name}`, text: intl.formatMessage(FIELD_PROBLEM, { field: intl.formatMessage(SUMMARY_NAMES[name]), problem: message }) }] : [];
        }),
      );
    },
  );

  if (!open) {
    return (
      <button type="button" ref={opener} onClick={() => setOpen(true)}>
        <FormattedMessage defaultMessage="Add evidence" description="Checklist item: button that opens the new evidence form" />
      </button>
    );
  }
  return (
    <fieldset className="field evidence-adder">
      <legend>
        <FormattedMessage defaultMessage="New evidence" description="Checklist item: legend of the new evidence form" />
      </legend>
      <ErrorSummary entries={summary} headingLevel={4} />
      {FIELDS.map(([name, label]) => (
        <div className="field" key={name}>
          <label htmlFor={`${base}-${name}`}>{intl.formatMessage(label)}</label>
          <input
            id={`${base}-${name}`}
            {...form.register(`newEvidence.${name}`)}
            aria-describedby={`${base}-${name}-error`}
            aria-invalid={!!errors?.[name]}
            // Enter adds, as it would submit a form of its own (the item's form does nothing on submit).
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void add())}
          />
          <FieldError id={`${base}-${name}-error`} message={problem(name, errors?.[name]?.message)} />
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void add()}>
          <FormattedMessage defaultMessage="Add this evidence" description="New evidence form: button that checks and adds it" />
        </button>
        <button type="button" onClick={close}>
          <FormattedMessage defaultMessage="Cancel" description="New evidence form: button that closes it without adding" />
        </button>
      </div>
    </fieldset>
  );
}
