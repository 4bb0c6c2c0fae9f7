import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useLocation } from 'wouter';
import { modeOf, newAssessment, offeredPurposes, SetupFormSchema, triageForPurpose, type SetupForm } from '../../domain';
import { useServices } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { requestPersistence } from '../storage/deviceStorage';
import { SetupFormView, setupSummary } from '../wizard/SetupFormView';
import { markJustCreated } from '../wizard/justCreated';
import type { SummaryEntry } from '../common/ErrorSummary';
import { useUnsavedChangesGuard } from '../common/useUnsavedChangesGuard';

const EMPTY: SetupForm = { subject: { productName: '', version: '', organisation: '', description: '', assessor: '' }, purpose: 'own-product' };

/**
 * "New assessment": the product step on its own. Nothing is stored until it is saved, so a person
 * who looks and leaves leaves no "Untitled assessment" behind; the first save creates the
 * assessment with what was typed and goes on to the profile.
 */
export default function NewAssessmentPage() {
  const services = useServices();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetupForm>({ resolver: zodResolver(SetupFormSchema), defaultValues: EMPTY });
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
      setFailure(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, (errors) => setSummary(setupSummary(errors)));

  return (
    <>
      <p className="back-link">
        <Link href="/">Back to your assessments</Link>
      </p>
      <h1>New assessment</h1>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      <SetupFormView form={form} onSubmit={submit} summary={summary} purposes={offeredPurposes(null)} />
    </>
  );
}
