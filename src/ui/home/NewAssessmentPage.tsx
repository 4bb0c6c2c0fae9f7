import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { Link, useLocation } from 'wouter';
import { modeOf, newAssessment, offeredPurposes, SetupFormSchema, triageForPurpose, type SetupForm } from '../../domain';
import { useServices } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { requestPersistence } from '../storage/deviceStorage';
import { SetupFormView, setupSummary } from '../wizard/SetupFormView';
import { markJustCreated } from '../wizard/justCreated';
import type { SummaryEntry } from '../common/ErrorSummary';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';
import { storageMessage } from '../common/storageMessages';
import { FormattedMessage, useIntl } from '../../i18n/react';

const EMPTY: SetupForm = { subject: { productName: '', version: '', organisation: '', description: '', assessor: '' }, purpose: 'own-product' };

/**
 * "New assessment": the product step on its own. Nothing is stored until it is saved, so a person
 * who looks and leaves leaves no "Untitled assessment" behind; the first save creates the
 * assessment with what was typed and goes on to the profile.
 */
export default function NewAssessmentPage() {
  const services = useServices();
  const intl = useIntl();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetupForm>({ resolver: problemResolver(SetupFormSchema), defaultValues: EMPTY });
  useUnsavedChangesGuard(form.formState.isDirty && !form.formState.isSubmitSuccessful);

  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    setSummary([]);
    try {
      const { subject, purpose } = SetupFormSchema.parse(values);
      const { ref, checklist } = await loadChecklist();
      const created = newAssessment({ id: services.newId(), at: services.now().toISOString(), mode: modeOf(purpose), subject, checklist: ref });
      // The purpose answers the profile's perspective question, so the profile opens with it chosen.
      const triage = triageForPurpose(created.triage, purpose, checklist);
      await services.assessments.create({ ...created, triage, progress: { stageReached: 'triage' } });
      markJustCreated(created.id);
      void requestPersistence();
      navigate(`/a/${created.id}`, { replace: true });
    } catch (error) {
      // What was typed stays in the form: nothing is lost by a failed first save.
      setFailure(storageMessage(error, intl).problem);
    }
  }, (errors) => setSummary(setupSummary(errors, form.getValues(), intl)));

  return (
    <>
      <p className="back-link">
        <Link href="/">
          <FormattedMessage defaultMessage="Back to your assessments" description="Link back to the home page’s list" />
        </Link>
      </p>
      <h1>
        <FormattedMessage defaultMessage="New assessment" description="New assessment page heading" />
      </h1>
      {failure && (
        <p role="alert" className="alert error">
          <FormattedMessage defaultMessage="Not saved: {problem}" description="New assessment: the first save failed (a lower-case reason follows)" values={{ problem: failure }} />
        </p>
      )}
      <SetupFormView form={form} onSubmit={submit} summary={summary} purposes={offeredPurposes(null)} />
    </>
  );
}
