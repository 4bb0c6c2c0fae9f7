import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import type { ActorRefFrom } from 'xstate';
import { modeOf, offeredPurposes, purposeOf, SetupFormSchema, triageForPurpose, type Assessment, type SetupForm } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { wizardMachine } from '../../machines/wizard.machine';
import { SetupFormView, setupSummary } from './SetupFormView';
import type { SummaryEntry } from '../common/ErrorSummary';
import { useState } from 'react';
import { useServices } from '../../app/services';
import { useGuardedForm } from '../assessment/leaveGuard';
import { useIntl } from '../../i18n/react';

export function SetupStep(props: { assessment: Assessment; loaded: LoadedChecklist; actor: ActorRefFrom<typeof wizardMachine>; readOnly?: boolean }) {
  const { assessment } = props;
  const { checklist } = props.loaded;
  // A self-assessment with no perspective yet starts as the commonest purpose, as a new one does.
  const purpose = purposeOf(assessment.mode, assessment.triage, checklist) ?? 'own-product';
  const services = useServices();
  const intl = useIntl();
  const form = useForm<SetupForm>({
    resolver: problemResolver(SetupFormSchema),
    defaultValues: { subject: assessment.subject, purpose },
  });
  const dirty = form.formState.isDirty;
  // Leaving by a section tab or a step (not "Continue") saves the edits, or says why it cannot.
  useGuardedForm({
    isDirty: () => dirty,
    save: async () => {
      const parsed = SetupFormSchema.safeParse(form.getValues());
      if (!parsed.success) {
        await form.trigger();
        return intl.formatMessage({ defaultMessage: 'the product step needs a product name before it can be saved.', description: 'Leaving the product step: why it is not saved (completes “Not saved: …”)' });
      }
      const saved = await services.assessments.commit(assessment.id, { type: 'subject.set', subject: parsed.data.subject, mode: modeOf(parsed.data.purpose) });
      const triage = triageForPurpose(saved.triage, parsed.data.purpose, checklist);
      if (triage !== saved.triage) await services.assessments.commit(assessment.id, { type: 'triage.set', triage });
      form.reset(form.getValues());
      return null;
    },
  });
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const submit = form.handleSubmit(
    (values) => {
      setSummary([]);
      const parsed = SetupFormSchema.parse(values);
      const triage = triageForPurpose(assessment.triage, parsed.purpose, checklist);
      props.actor.send({ type: 'setup.submit', subject: parsed.subject, mode: modeOf(parsed.purpose), triage: triage === assessment.triage ? null : triage });
    },
    (errors) => setSummary(setupSummary(errors, form.getValues(), intl)),
  );

  // In audit mode the product details are the respondent's statement; only the purpose can change.
  return <SetupFormView form={form} onSubmit={submit} readOnly={props.readOnly} summary={summary} subjectReadOnly={props.assessment.mode === 'audit'} purposes={offeredPurposes(purpose)} />;
}
