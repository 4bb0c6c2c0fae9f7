import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  AUDIT_OPINIONS,
  AUDIT_OPINION_TEXT,
  AuditStatementFormSchema,
  AuditStatementSchema,
  type Assessment,
  type AssessmentChangeInput,
  type AuditStatementForm as FormValues,
} from '../../domain';
import { FieldError } from '../common/FieldError';
import { useGuardedForm } from '../assessment/leaveGuard';

/** Scope, method, limitations, the auditor's name and the overall opinion with what each opinion means. */
export function AuditStatementForm(props: {
  assessment: Assessment;
  commit: (change: AssessmentChangeInput, by?: string) => Promise<unknown>;
  readOnly: boolean;
}) {
  const id = useId();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(AuditStatementFormSchema),
    defaultValues: AuditStatementSchema.parse(props.assessment.audit ?? {}),
  });
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;
  const save = async (values: FormValues) => {
    const audit = AuditStatementFormSchema.parse(values);
    // The statement names its auditor; the trail records the change by that name.
    await props.commit({ type: 'audit.set', audit }, audit.auditor);
    form.reset(audit);
  };
  useGuardedForm({
    isDirty: () => dirty,
    save: async () => {
      const parsed = AuditStatementFormSchema.safeParse(form.getValues());
      if (!parsed.success) {
        await form.trigger();
        return 'the audit statement has a problem to fix before it can be saved.';
      }
      await save(parsed.data);
      return null;
    },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await save(values);
      setMessage({ ok: true, text: 'Audit statement saved.' });
    } catch (error) {
      setMessage({ ok: false, text: `Not saved: ${error instanceof Error ? error.message : String(error)}` });
    }
  });

  const area = (name: 'scope' | 'method' | 'limitations' | 'basis', label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <p id={`${id}-${name}-hint`} className="hint">
        {hint}
      </p>
      <textarea
        id={`${id}-${name}`}
        rows={3}
        dir="auto"
        {...form.register(name)}
        aria-invalid={!!errors[name]}
        aria-describedby={`${id}-${name}-hint ${id}-${name}-error`}
      />
      <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="panel record-form">
      <h3 id={`${id}-title`}>Audit statement</h3>
      <fieldset className="plain" disabled={props.readOnly}>
        <div className="field">
          <label htmlFor={`${id}-auditor`}>Auditor (name and organisation)</label>
          <input id={`${id}-auditor`} autoComplete="name" dir="auto" {...form.register('auditor')} />
        </div>
        {area('scope', 'Scope', 'What you examined: which stages, items, systems, sites and period.')}
        {area('method', 'Method', 'How you examined it: documents read, people interviewed, tests run, samples taken.')}
        {area('limitations', 'Limitations', 'What you could not examine or rely on, and why.')}
        <fieldset className="field">
          <legend>Overall opinion</legend>
          {AUDIT_OPINIONS.map((o) => (
            <div key={o} className="choice level-radios">
              <input type="radio" id={`${id}-opinion-${o}`} value={o} {...form.register('opinion')} aria-describedby={`${id}-opinion-${o}-meaning`} />
              <label htmlFor={`${id}-opinion-${o}`}>
                {AUDIT_OPINION_TEXT[o].label}
                <span id={`${id}-opinion-${o}-meaning`} className="hint">
                  {' '}
                  — {AUDIT_OPINION_TEXT[o].meaning}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        {area('basis', 'Basis for the opinion', 'Why you reached this opinion; required for a qualified, adverse or disclaimed opinion.')}
        <div className="button-row">
          <button type="submit" className="primary">
            Save audit statement
          </button>
          {message && (
            <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'alert error'}>
              {message.text}
            </span>
          )}
        </div>
      </fieldset>
    </form>
  );
}
