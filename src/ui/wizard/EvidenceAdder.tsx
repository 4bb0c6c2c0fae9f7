import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { EvidenceRefSchema, type EvidenceRef } from '../../domain';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';
import { useGuardedForm } from '../assessment/leaveGuard';

const NewEvidenceSchema = z.object({ newEvidence: EvidenceRefSchema });
type NewEvidenceForm = z.input<typeof NewEvidenceSchema>;
const EMPTY: NewEvidenceForm = { newEvidence: { label: '', url: '' } };
const FIELDS = [
  ['label', 'What the evidence is'],
  ['url', 'Link or location (optional)'],
] as const;

/**
 * "Add evidence": opens a small form for one piece of evidence. Nothing is checked while the
 * person types; "Add this evidence" checks it, and any problem is named in one summary at the
 * top of the form, linked to its field, and under the field itself (the GOV.UK pattern). Only
 * valid evidence reaches the answer, so an empty row is never an error the person did not cause.
 * It is not a <form> of its own: it sits inside the item's form, and forms do not nest.
 */
export function EvidenceAdder(props: { itemId: string; onAdd: (evidence: EvidenceRef) => void }) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const reopenFocus = useRef(false);
  const form = useForm<NewEvidenceForm>({ resolver: zodResolver(NewEvidenceSchema), defaultValues: EMPTY });
  const errors = form.formState.errors.newEvidence;
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const base = `new-ev-${props.itemId}`;

  // Moving on with something typed here adds it when it is valid, and asks first when it is not.
  useGuardedForm({
    isDirty: () => open && Object.values(form.getValues().newEvidence).some((v) => !!v?.trim()),
    save: async () => {
      const parsed = EvidenceRefSchema.safeParse(form.getValues().newEvidence);
      if (!parsed.success) return `the new evidence of ${props.itemId} needs a description (and a link, if any, that starts with https:// or http://), so it is not saved. Complete it, or cancel it.`;
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
        FIELDS.flatMap(([name, label]) => {
          const message = invalid.newEvidence?.[name]?.message;
          return message ? [{ fieldName: `newEvidence.${name}`, text: `${label.replace(' (optional)', '')}: ${message}` }] : [];
        }),
      );
    },
  );

  if (!open) {
    return (
      <button type="button" ref={opener} onClick={() => setOpen(true)}>
        Add evidence
      </button>
    );
  }
  return (
    <fieldset className="field evidence-adder">
      <legend>New evidence</legend>
      <ErrorSummary entries={summary} headingLevel={4} />
      {FIELDS.map(([name, label]) => (
        <div className="field" key={name}>
          <label htmlFor={`${base}-${name}`}>{label}</label>
          <input
            id={`${base}-${name}`}
            {...form.register(`newEvidence.${name}`)}
            aria-describedby={`${base}-${name}-error`}
            aria-invalid={!!errors?.[name]}
            // Enter adds, as it would submit a form of its own (the item's form does nothing on submit).
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void add())}
          />
          <FieldError id={`${base}-${name}-error`} message={errors?.[name]?.message} />
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void add()}>
          Add this evidence
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
