import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import {
  AUDIT_OPINIONS,
  AuditStatementFormSchema,
  AuditStatementSchema,
  type Assessment,
  type AssessmentChangeInput,
  type AuditStatementForm as FormValues,
} from '../../domain';
import { FieldError } from '../common/FieldError';
import { useGuardedForm } from '../assessment/leaveGuard';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { AUDIT_OPINION_MESSAGES } from './words';
import { failureReason } from '../common/storageMessages';

const AREAS = defineMessages({
  scope: { defaultMessage: 'Scope', description: 'Audit statement: field for what was examined' },
  scopeHint: { defaultMessage: 'What you examined: which stages, items, systems, sites and period.', description: 'Audit statement: hint under Scope' },
  method: { defaultMessage: 'Method', description: 'Audit statement: field for how it was examined' },
  methodHint: {
    defaultMessage: 'How you examined it: documents read, people interviewed, tests run, samples taken.',
    description: 'Audit statement: hint under Method',
  },
  limitations: { defaultMessage: 'Limitations', description: 'Audit statement: field for what could not be examined' },
  limitationsHint: { defaultMessage: 'What you could not examine or rely on, and why.', description: 'Audit statement: hint under Limitations' },
  basis: { defaultMessage: 'Basis for the opinion', description: 'Audit statement: field explaining the opinion (auditing standards term)' },
  basisHint: {
    defaultMessage: 'Why you reached this opinion; required for a qualified, adverse or disclaimed opinion.',
    description: 'Audit statement: hint under Basis for the opinion',
  },
});

/** Scope, method, limitations, the auditor's name and the overall opinion with what each opinion means. */
export function AuditStatementForm(props: {
  assessment: Assessment;
  commit: (change: AssessmentChangeInput, by?: string) => Promise<unknown>;
  readOnly: boolean;
}) {
  const id = useId();
  const intl = useIntl();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<FormValues>({
    resolver: problemResolver(AuditStatementFormSchema),
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
        return intl.formatMessage({
          defaultMessage: 'the audit statement has a problem to fix before it can be saved.',
          description: 'Leaving the audit section: why it is not saved (completes “Not saved: …”)',
        });
      }
      await save(parsed.data);
      return null;
    },
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      await save(values);
      setMessage({ ok: true, text: intl.formatMessage({ defaultMessage: 'Audit statement saved.', description: 'Audit statement: saved' }) });
    } catch (error) {
      const reason = failureReason(error, intl);
      setMessage({ ok: false, text: intl.formatMessage({ defaultMessage: 'Not saved: {reason}', description: 'Audit: saving failed; reason says why, as a lower-case sentence' }, { reason }) });
    }
  });

  const area = (name: 'scope' | 'method' | 'limitations' | 'basis', label: MessageDescriptor, hint: MessageDescriptor) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{intl.formatMessage(label)}</label>
      <p id={`${id}-${name}-hint`} className="hint">
        {intl.formatMessage(hint)}
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
      <h3 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Audit statement" description="Audit: heading of the auditor’s statement form" />
      </h3>
      <fieldset className="plain" disabled={props.readOnly}>
        <div className="field">
          <label htmlFor={`${id}-auditor`}>
            <FormattedMessage defaultMessage="Auditor (name and organisation)" description="Audit statement: field for who audits" />
          </label>
          <input id={`${id}-auditor`} autoComplete="name" dir="auto" {...form.register('auditor')} />
        </div>
        {area('scope', AREAS.scope, AREAS.scopeHint)}
        {area('method', AREAS.method, AREAS.methodHint)}
        {area('limitations', AREAS.limitations, AREAS.limitationsHint)}
        <fieldset className="field">
          <legend>
            <FormattedMessage defaultMessage="Overall opinion" description="Audit statement: choice of the auditor’s opinion" />
          </legend>
          {AUDIT_OPINIONS.map((o) => (
            <div key={o} className="choice level-radios">
              <input type="radio" id={`${id}-opinion-${o}`} value={o} {...form.register('opinion')} aria-describedby={`${id}-opinion-${o}-meaning`} />
              <label htmlFor={`${id}-opinion-${o}`}>
                {intl.formatMessage(AUDIT_OPINION_MESSAGES[o].label)}
                <span id={`${id}-opinion-${o}-meaning`} className="hint">
                  {' '}
                  — {intl.formatMessage(AUDIT_OPINION_MESSAGES[o].meaning)}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        {area('basis', AREAS.basis, AREAS.basisHint)}
        <div className="button-row">
          <button type="submit" className="primary">
            <FormattedMessage defaultMessage="Save audit statement" description="Audit statement: save button" />
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
