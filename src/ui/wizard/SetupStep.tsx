import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ActorRefFrom } from 'xstate';
import { ASSESSMENT_MODES, MODE_LABELS, SetupFormSchema, type Assessment, type SetupForm } from '../../domain';
import type { wizardMachine } from '../../machines/wizard.machine';
import { FieldError } from '../common/FieldError';
import { useServices } from '../../app/services';
import { useGuardedForm } from '../assessment/leaveGuard';

const MODE_HELP: Record<(typeof ASSESSMENT_MODES)[number], string> = {
  self: 'You are checking your own product.',
  'procurement-request': 'You are preparing questions for vendors you may buy from.',
  'vendor-response': 'You are answering a buyer’s questionnaire about your product.',
  audit: 'You are checking someone else’s product independently.',
};

export function SetupStep(props: { assessment: Assessment; actor: ActorRefFrom<typeof wizardMachine>; readOnly?: boolean }) {
  const { assessment } = props;
  const services = useServices();
  const form = useForm<SetupForm>({
    resolver: zodResolver(SetupFormSchema),
    defaultValues: { subject: assessment.subject, mode: assessment.mode },
  });
  const errors = form.formState.errors;
  const dirty = form.formState.isDirty;
  // Leaving by a section tab or a step (not "Continue") saves the edits, or says why it cannot.
  useGuardedForm({
    isDirty: () => dirty,
    save: async () => {
      const parsed = SetupFormSchema.safeParse(form.getValues());
      if (!parsed.success) {
        await form.trigger();
        return 'the product step needs a product name before it can be saved.';
      }
      await services.assessments.commit(assessment.id, { type: 'subject.set', subject: parsed.data.subject, mode: parsed.data.mode });
      form.reset(form.getValues());
      return null;
    },
  });
  const submit = form.handleSubmit((values) => {
    const parsed = SetupFormSchema.parse(values);
    props.actor.send({ type: 'setup.submit', subject: parsed.subject, mode: parsed.mode });
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="setup-title" className="step">
      <h2 id="setup-title">What are you assessing?</h2>
      <fieldset className="plain" disabled={props.readOnly}>
      <div className="field">
        <label htmlFor="productName">Product name (required)</label>
        <input id="productName" {...form.register('subject.productName')} aria-invalid={!!errors.subject?.productName} aria-describedby="productName-error" />
        <FieldError id="productName-error" message={errors.subject?.productName?.message} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="productVersion">Version</label>
          <input id="productVersion" {...form.register('subject.version')} />
        </div>
        <div className="field">
          <label htmlFor="organisation">Organisation</label>
          <input id="organisation" {...form.register('subject.organisation')} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="assessor">Assessor (who carries out this assessment)</label>
        <input id="assessor" autoComplete="name" {...form.register('subject.assessor')} aria-describedby="assessor-hint" />
        <p id="assessor-hint" className="hint">A name or a role; it is printed on the report’s cover.</p>
      </div>
      <div className="field">
        <label htmlFor="description">What it does, in a few sentences</label>
        <textarea id="description" rows={4} {...form.register('subject.description')} />
      </div>
      <fieldset className="field">
        <legend>Why are you doing this assessment?</legend>
        {ASSESSMENT_MODES.map((mode) => (
          <div key={mode} className="choice">
            <input type="radio" id={`mode-${mode}`} value={mode} {...form.register('mode')} />
            <label htmlFor={`mode-${mode}`}>
              {MODE_LABELS[mode]} <span className="muted">— {MODE_HELP[mode]}</span>
            </label>
          </div>
        ))}
      </fieldset>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="primary" disabled={props.readOnly}>
          Continue to the profile
        </button>
      </div>
    </form>
  );
}
