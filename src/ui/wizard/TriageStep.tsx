import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import type { ActorRefFrom } from 'xstate';
import { resolveChecklist, STAGES, triageFormSchema, triageToForm, type Assessment, type TriageAnswers, type TriageForm } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { wizardMachine } from '../../machines/wizard.machine';
import { FieldError } from '../common/FieldError';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';
import { useServices } from '../../app/services';
import { applicableIds } from '../../machines/wizardPersistence';
import { useGuardedForm, useLeaveGuard } from '../assessment/leaveGuard';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { defineMessage } from '../../i18n/format';

const YES = defineMessage({ defaultMessage: 'Yes', description: 'Profile step: answer to a yes/no question' });
const NO = defineMessage({ defaultMessage: 'No', description: 'Profile step: answer to a yes/no question' });
const CHOOSE = defineMessage({ defaultMessage: 'choose an answer', description: 'Profile step: error under a question left unanswered' });

/** The profile: its answers decide which items and optional modules apply. */
export function TriageStep(props: {
  assessment: Assessment;
  loaded: LoadedChecklist;
  /** The language the checklist's questions, options and module names are shown in ("en" until translated). */
  lang: string;
  actor: ActorRefFrom<typeof wizardMachine>;
  readOnly?: boolean;
}) {
  const { checklist } = props.loaded;
  const { lang } = props;
  const services = useServices();
  const leave = useLeaveGuard();
  const intl = useIntl();
  // A single or yes/no question fails only when unanswered (triageFormSchema); other problems come worded by the form resolver (problemResolver).
  const problem = (kind: string, message: unknown) =>
    typeof message !== 'string' ? undefined : kind === 'single' || kind === 'boolean' ? intl.formatMessage(CHOOSE) : message;
  const schema = useMemo(() => triageFormSchema(checklist), [checklist]);
  const form = useForm<TriageForm>({
    resolver: problemResolver(schema) as never,
    defaultValues: triageToForm(checklist, props.assessment.triage),
  });
  const values = useWatch({ control: form.control });
  const preview = useMemo(() => {
    const parsed = schema.safeParse(values);
    const triage = (parsed.success ? parsed.data : {}) as TriageAnswers;
    const resolved = resolveChecklist(checklist, triage);
    return {
      modules: checklist.modules.filter((m) => resolved.activeModules.has(m.id)),
      count: STAGES.reduce((n, s) => n + resolved.applicable[s].length, 0),
      complete: parsed.success,
    };
  }, [values, schema, checklist]);

  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const submit = form.handleSubmit(
    (triage) => {
      setSummary([]);
      props.actor.send({ type: 'triage.submit', triage: triage as unknown as TriageAnswers });
    },
    // Every unanswered question, named, at the top: the form is long and the first gap may be far down.
    (errors) =>
      setSummary(
        checklist.triage.flatMap((q) => {
          const message = problem(q.kind, errors[q.id]?.message);
          return message ? [{ fieldName: q.id, text: intl.formatMessage({ defaultMessage: '{question} ({problem})', description: 'Profile step, list of problems: the question, then what is wrong' }, { question: q.question, problem: message }) }] : [];
        }),
      ),
  );
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;
  // Leaving by a section tab or a step (not "Continue") saves a complete profile and
  // applies it where the person is; an incomplete one cannot be saved, so they are asked.
  useGuardedForm({
    isDirty: () => dirty,
    save: async () => {
      const parsed = schema.safeParse(form.getValues());
      if (!parsed.success) {
        await form.trigger();
        const missing = new Set(parsed.error.issues.map((i) => String(i.path[0]))).size;
        return intl.formatMessage(
          {
            defaultMessage:
              '{count, plural, one {# profile question is not answered yet} other {# profile questions are not answered yet}}, and the profile is saved only once all are.',
            description: 'Leaving the profile: why it is not saved (completes “Not saved: …”)',
          },
          { count: missing },
        );
      }
      const saved = await services.assessments.commit(props.assessment.id, { type: 'triage.set', triage: parsed.data as TriageAnswers });
      props.actor.send({ type: 'triage.applied', applicable: applicableIds(checklist, saved.triage) });
      form.reset(form.getValues());
      return null;
    },
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="triage-title" className="step">
      <ErrorSummary entries={summary} />
      <h2 id="triage-title">
        <FormattedMessage defaultMessage="Profile" description="Profile step heading: questions that decide which items apply" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="These answers decide which questions apply. You can come back and change them; your answers to items are kept."
          description="Profile step: what it is for"
        />
      </p>
      <fieldset className="plain" disabled={props.readOnly}>
      {checklist.triage.map((q) => {
        const errorId = `triage-${q.id}-error`;
        const message = problem(q.kind, errors[q.id]?.message);
        if (q.kind === 'text') {
          return (
            <div className="field" key={q.id}>
              <label htmlFor={`triage-${q.id}`} lang={lang}>{q.question}</label>
              {q.help && (
                <p id={`triage-${q.id}-help`} className="hint" lang={lang}>
                  {q.help}
                </p>
              )}
              <input id={`triage-${q.id}`} {...form.register(q.id)} aria-describedby={q.help ? `triage-${q.id}-help` : undefined} />
            </div>
          );
        }
        const options: { value: string; label: string; help?: string }[] = q.kind === 'boolean' ? [{ value: 'yes', label: intl.formatMessage(YES) }, { value: 'no', label: intl.formatMessage(NO) }] : q.options;
        const helpId = `triage-${q.id}-help`;
        // Yes and No are the interface's words; other options are the checklist's.
        const optionLang = q.kind === 'boolean' ? undefined : lang;
        return (
          <fieldset className="field" key={q.id} aria-describedby={q.help ? `${helpId} ${errorId}` : errorId}>
            <legend lang={lang}>{q.question}</legend>
            {q.help && (
              <p id={helpId} className="hint" lang={lang}>
                {q.help}
              </p>
            )}
            {q.id === checklist.perspective.question && (
              <p className="hint">
                <FormattedMessage
                  defaultMessage="Answered by the purpose you chose in the Product step; changing it here changes that purpose too."
                  description="Profile step: hint under the question that the product step’s purpose answers"
                />
              </p>
            )}
            {options.map((o) => {
              const id = `triage-${q.id}-${o.value}`;
              // The option's help is hint text under its label, read with it (not part of its name).
              return (
                <div className="choice" key={o.value}>
                  <input type={q.kind === 'multi' ? 'checkbox' : 'radio'} id={id} value={o.value} {...form.register(q.id)} aria-describedby={o.help ? `${id}-hint` : undefined} />
                  <div lang={optionLang}>
                    <label htmlFor={id}>{o.label}</label>
                    {o.help && (
                      <p id={`${id}-hint`} className="hint">
                        {o.help}
                      </p>
                    )}
                  </div>
                </div>
              );
            })}
            <FieldError id={errorId} message={message} />
          </fieldset>
        );
      })}
      <section aria-labelledby="triage-preview" className="panel">
        <h3 id="triage-preview">
          <FormattedMessage defaultMessage="What this profile means" description="Profile step: heading of the preview of what applies" />
        </h3>
        <p>
          {preview.complete ? (
            <FormattedMessage
              defaultMessage="{count, plural, one {# item applies.} other {# items apply.}}"
              description="Profile step preview: how many checklist items apply"
              values={{ count: preview.count }}
            />
          ) : (
            <FormattedMessage defaultMessage="Answer the required questions to see how many items apply." description="Profile step preview: not every question is answered" />
          )}
        </p>
        {preview.modules.length > 0 ? (
          <>
            <p>
              <FormattedMessage defaultMessage="Optional modules switched on:" description="Profile step preview: a list of optional modules follows" />
            </p>
            <ul aria-label={intl.formatMessage({ defaultMessage: 'Active modules', description: 'Profile step preview: accessible name of the list of optional modules' })}>
              {preview.modules.map((m) => (
                <li key={m.id} lang={lang}>
                  {m.title}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            <FormattedMessage defaultMessage="No optional module is switched on." description="Profile step preview: no optional module applies" />
          </p>
        )}
      </section>
      </fieldset>
      <div className="button-row">
        <button type="button" onClick={() => leave.guard(() => props.actor.send({ type: 'setup.edit' }))}>
          <FormattedMessage defaultMessage="Back" description="Profile step: back to the product step" />
        </button>
        <button type="submit" className="primary" disabled={props.readOnly}>
          <FormattedMessage defaultMessage="Continue to conception" description="Profile step: save it and go to the first stage (conception)" />
        </button>
      </div>
    </form>
  );
}
