import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PROCUREMENT_STAGES, type RequestInput } from '../../domain/procurement';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { SelectField, TextAreaField, TextField } from '../common/fields';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';
import { downloadBlob } from '../common/download';
import { useIdentities } from '../identity/useIdentities';
import { DEAL_BREAKER_POLICY_TEXT, PROCUREMENT_STAGE_LABELS } from './dealBreakerWords';
import { CustomQuestionsFieldset } from './CustomQuestionsFieldset';
import { RequestItemsFieldset } from './RequestItemsFieldset';
import { exportRequest } from './requestExport';
import { formToRequest, RequestFormSchema, requestToForm, type RequestForm, type RequestFormInput } from './requestForm';
import { SignerSelect } from './SignerSelect';

const FIELD_WORDS: Record<string, string> = {
  organisation: 'Buying organisation',
  contact: 'Contact',
  title: 'Procurement title',
  reference: 'Reference',
  deadline: 'Deadline',
  instructions: 'Instructions to vendors',
};

/** Every field error of a failed submit, in words, in the order of the form. */
function summarise(errors: FieldErrors<RequestFormInput>): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  for (const [name, words] of Object.entries(FIELD_WORDS)) {
    const message = (errors as Record<string, { message?: string } | undefined>)[name]?.message;
    if (message) out.push({ fieldName: name, text: `${words}: ${message}` });
  }
  (errors.custom ?? []).forEach?.((e, i) => {
    if (e?.question?.message) out.push({ fieldName: `custom.${i}.question`, text: `Custom question ${i + 1}: ${e.question.message}` });
  });
  return out;
}

/**
 * The buyer's request builder: the procurement, the questions asked (checklist items
 * and the buyer's own), which are mandatory and which are deal-breakers, instructions
 * and a deadline. "Save draft" keeps it editable; "Export for vendors" signs it when an
 * identity is chosen, downloads it, and freezes it: vendors' answers name its hash.
 */
export function RequestBuilder(props: { loaded: LoadedChecklist; base: RequestInput; onSaved: (id: string, sent: boolean) => void }) {
  const services = useServices();
  const identities = (useIdentities() ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [signer, setSigner] = useState('');
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<RequestFormInput, unknown, RequestForm>({
    resolver: zodResolver(RequestFormSchema),
    defaultValues: requestToForm(props.base, props.loaded.checklist),
  });
  const { errors, isSubmitting } = form.formState;

  const submit = (send: boolean) =>
    form.handleSubmit(
      async (values) => {
        setStatus(null);
        const built = formToRequest(values, props.base);
        if (!built.ok) return setSummary(built.problems.map((p) => ({ text: p.path === 'items' ? `Questions: ${p.message}` : `${p.path}: ${p.message}` })));
        setSummary([]);
        try {
          if (!send) {
            await (await services.procurements()).saveDraft(built.request, services.now().toISOString());
            setStatus('Draft saved.');
          } else {
            const identity = identities.find((i) => i.id === signer) ?? null;
            const exported = await exportRequest(services, built.request, identity);
            downloadBlob(new Blob([exported.text], { type: 'application/json' }), exported.name);
          }
          props.onSaved(built.request.id, send);
        } catch (e) {
          setSummary([{ text: `The request could not be saved: ${(e as Error).message}` }]);
        }
      },
      (invalid) => setSummary(summarise(invalid)),
    );

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="request-builder-title" className="request-builder">
      <h1 id="request-builder-title">Request to vendors</h1>
      <ErrorSummary entries={summary} />
      <section aria-labelledby="request-details-title">
        <h2 id="request-details-title">The procurement</h2>
        <TextField register={form.register} errors={errors} name="organisation" label="Buying organisation (required)" autoComplete="organization" />
        <TextField register={form.register} errors={errors} name="contact" label="Contact" hint="Who vendors write to with questions." />
        <TextField register={form.register} errors={errors} name="title" label="Procurement title (required)" hint="What is being bought." />
        <TextField register={form.register} errors={errors} name="reference" label="Reference" />
        <SelectField register={form.register} errors={errors} name="stage" label="Procurement stage" options={PROCUREMENT_STAGES.map((s) => ({ value: s, label: PROCUREMENT_STAGE_LABELS[s] }))} />
        <TextField register={form.register} errors={errors} name="deadline" type="date" label="Deadline for responses" />
        <TextAreaField register={form.register} errors={errors} name="instructions" label="Instructions to vendors" rows={4} />
      </section>
      <p className="alert warning">{DEAL_BREAKER_POLICY_TEXT}</p>
      <RequestItemsFieldset checklist={props.loaded.checklist} control={form.control} register={form.register} />
      <CustomQuestionsFieldset control={form.control} register={form.register} errors={errors} />
      <section aria-labelledby="request-send-title">
        <h2 id="request-send-title">Send</h2>
        <p>
          Exporting writes the request as a <code>.hrba.json</code> file to give to each vendor, and freezes it: vendors’ responses name
          its hash, so a changed request would be a new request.
        </p>
        <SignerSelect id="request-signer" label="Sign the request with" identities={identities} value={signer} onChange={setSigner} />
        <div className="button-row">
          <button type="button" onClick={submit(false)} disabled={isSubmitting}>
            Save draft
          </button>
          <button type="button" className="primary" onClick={submit(true)} disabled={isSubmitting} aria-busy={isSubmitting}>
            Export request for vendors
          </button>
        </div>
        {status && <p role="status">{status}</p>}
      </section>
    </form>
  );
}
