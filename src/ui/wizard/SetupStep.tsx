import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ActorRefFrom } from 'xstate';
import { SetupFormSchema, type Assessment, type SetupForm } from '../../domain';
import type { wizardMachine } from '../../machines/wizard.machine';
import { SetupFormView, setupSummary } from './SetupFormView';
import type { SummaryEntry } from '../common/ErrorSummary';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { useGuardedForm } from '../assessment/leaveGuard';

export function SetupStep(props: { assessment: Assessment; actor: ActorRefFrom<typeof wizardMachine>; readOnly?: boolean }) {
  const { assessment } = props;
  const services = useServices();
  const form = useForm<SetupForm>({
    resolver: zodResolver(SetupFormSchema),
    defaultValues: { subject: assessment.subject, mode: assessment.mode },
  });
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
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const submit = form.handleSubmit(
    (values) => {
      setSummary([]);
      const parsed = SetupFormSchema.parse(values);
      props.actor.send({ type: 'setup.submit', subject: parsed.subject, mode: parsed.mode });
    },
    (errors) => setSummary(setupSummary(errors)),
  );

  // In audit mode the product details are the respondent's statement; only the purpose can change.
  return <SetupFormView form={form} onSubmit={submit} readOnly={props.readOnly} summary={summary} subjectReadOnly={props.assessment.mode === 'audit'} />;
}
