import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { problemResolver } from '../common/problemResolver';
import { problemPath, problemText } from '../../words/problems';
import { PROCUREMENT_STAGES, type RequestInput } from '../../domain/procurement';
import { HRBA_FILE_EXTENSION } from '../../domain';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { SelectField, TextAreaField, TextField } from '../common/fields';
import { ErrorSummary, type SummaryEntry } from '../common/ErrorSummary';
import { downloadBlob } from '../common/download';
import { useIdentities } from '../identity/useIdentities';
import { dealBreakerPolicyText } from './dealBreakerWords';
import { PROCUREMENT_STAGE_MESSAGES } from './codeMessages';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';
import { CustomQuestionsFieldset } from './CustomQuestionsFieldset';
import { RequestItemsFieldset } from './RequestItemsFieldset';
import { ChecklistLanguageNote } from './ChecklistLanguageNote';
import { exportRequest } from './requestExport';
import { formToRequest, RequestFormSchema, requestToForm, type RequestForm, type RequestFormInput } from './requestForm';
import { SignerSelect } from './SignerSelect';
import { customQuestionName } from './requestWords';
import { failureReason } from '../common/storageMessages';

const FIELD_WORDS: Record<string, MessageDescriptor> = defineMessages({
  organisation: { defaultMessage: 'Buying organisation', description: 'Request builder: field name in the error summary' },
  contact: { defaultMessage: 'Contact', description: 'Request builder: field name in the error summary and its label' },
  title: { defaultMessage: 'Procurement title', description: 'Request builder: field name in the error summary' },
  reference: { defaultMessage: 'Reference', description: 'Request builder: field name in the error summary and its label; the buyer’s own reference of the procurement' },
  deadline: { defaultMessage: 'Deadline', description: 'Request builder: field name in the error summary' },
  instructions: { defaultMessage: 'Instructions to vendors', description: 'Request builder: field name in the error summary and its label' },
});

/** "Field: problem", the way the language sets a label before its message. */
const fieldProblem = (intl: IntlShape, field: string, problem: string) =>
  intl.formatMessage({ defaultMessage: '{field}: {problem}', description: 'Request builder, error summary: a field’s name, then what is wrong with it' }, { field, problem });

/** Every field error of a failed submit, in words, in the order of the form. */
function summarise(intl: IntlShape, errors: FieldErrors<RequestFormInput>): SummaryEntry[] {
  const out: SummaryEntry[] = [];
  for (const [name, words] of Object.entries(FIELD_WORDS)) {
    const message = (errors as Record<string, { message?: string } | undefined>)[name]?.message;
    if (message) out.push({ fieldName: name, text: fieldProblem(intl, intl.formatMessage(words), message) });
  }
  (errors.custom ?? []).forEach?.((e, i) => {
    if (e?.question?.message) out.push({ fieldName: `custom.${i}.question`, text: fieldProblem(intl, customQuestionName(intl, i + 1), e.question.message) });
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
  const intl = useIntl();
  const identities = (useIdentities() ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [signer, setSigner] = useState('');
  const [summary, setSummary] = useState<SummaryEntry[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const form = useForm<RequestFormInput, unknown, RequestForm>({
    resolver: problemResolver(RequestFormSchema),
    defaultValues: requestToForm(props.base, props.loaded.checklist),
  });
  const { errors, isSubmitting } = form.formState;

  const submit = (send: boolean) =>
    form.handleSubmit(
      async (values) => {
        setStatus(null);
        const built = formToRequest(values, props.base);
        if (!built.ok) {
          const questions = intl.formatMessage({ defaultMessage: 'Questions', description: 'Request builder, error summary: the questions asked, before what is wrong with them' });
          return setSummary(built.problems.map((p) => ({ text: fieldProblem(intl, p.path === 'items' ? questions : problemPath(p.path), problemText(intl, p)) })));
        }
        setSummary([]);
        try {
          if (!send) {
            await (await services.procurements()).saveDraft(built.request, services.now().toISOString());
            setStatus(intl.formatMessage({ defaultMessage: 'Draft saved.', description: 'Request builder: the draft was stored' }));
          } else {
            const identity = identities.find((i) => i.id === signer) ?? null;
            const exported = await exportRequest(services, built.request, identity);
            downloadBlob(new Blob([exported.text], { type: 'application/json' }), exported.name);
          }
          props.onSaved(built.request.id, send);
        } catch (e) {
          setSummary([{ text: intl.formatMessage({ defaultMessage: 'The request could not be saved: {reason}', description: 'Request builder: saving or exporting failed; {reason} says why, as a lower-case sentence' }, { reason: failureReason(e, intl) }) }]);
        }
      },
      (invalid) => setSummary(summarise(intl, invalid)),
    );

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby="request-builder-title" className="request-builder">
      <h1 id="request-builder-title">
        <FormattedMessage defaultMessage="Request to vendors" description="Request builder: page heading" />
      </h1>
      <ErrorSummary entries={summary} />
      <section aria-labelledby="request-details-title">
        <h2 id="request-details-title">
          <FormattedMessage defaultMessage="The procurement" description="Request builder: heading of the procurement’s details" />
        </h2>
        <TextField register={form.register} errors={errors} name="organisation" label={intl.formatMessage({ defaultMessage: 'Buying organisation (required)', description: 'Request builder: field label' })} autoComplete="organization" />
        <TextField register={form.register} errors={errors} name="contact" label={intl.formatMessage(FIELD_WORDS.contact!)} hint={intl.formatMessage({ defaultMessage: 'Who vendors write to with questions.', description: 'Request builder: hint under Contact' })} />
        <TextField register={form.register} errors={errors} name="title" label={intl.formatMessage({ defaultMessage: 'Procurement title (required)', description: 'Request builder: field label' })}
          hint={intl.formatMessage({ defaultMessage: 'What is being bought.', description: 'Request builder: hint under the procurement title' })} />
        <TextField register={form.register} errors={errors} name="reference" label={intl.formatMessage(FIELD_WORDS.reference!)} />
        <SelectField register={form.register} errors={errors} name="stage" label={intl.formatMessage({ defaultMessage: 'Procurement stage', description: 'Request builder: field label' })}
          options={PROCUREMENT_STAGES.map((s) => ({ value: s, label: intl.formatMessage(PROCUREMENT_STAGE_MESSAGES[s]) }))} />
        <TextField register={form.register} errors={errors} name="deadline" type="date" label={intl.formatMessage({ defaultMessage: 'Deadline for responses', description: 'Request builder: field label (a date)' })} />
        <TextAreaField register={form.register} errors={errors} name="instructions" label={intl.formatMessage(FIELD_WORDS.instructions!)} rows={4} />
      </section>
      <p className="alert warning">{dealBreakerPolicyText(intl)}</p>
      <ChecklistLanguageNote loaded={props.loaded}>
        {(shown) => <RequestItemsFieldset checklist={shown.loaded.checklist} control={form.control} register={form.register} />}
      </ChecklistLanguageNote>
      <CustomQuestionsFieldset control={form.control} register={form.register} errors={errors} />
      <section aria-labelledby="request-send-title">
        <h2 id="request-send-title">
          <FormattedMessage defaultMessage="Send" description="Request builder: heading of the part that exports the request" />
        </h2>
        <p>
          <FormattedMessage
            defaultMessage="Exporting writes the request as a {file} file to give to each vendor, and freezes it: vendors’ responses name its hash, so a changed request would be a new request."
            description="Request builder: what exporting does; {file} is the file extension .hrba.json"
            values={{ file: <code>{HRBA_FILE_EXTENSION}</code> }}
          />
        </p>
        <SignerSelect id="request-signer" label={intl.formatMessage({ defaultMessage: 'Sign the request with', description: 'Request builder: choice of signing identity' })} identities={identities} value={signer} onChange={setSigner} />
        <div className="button-row">
          <button type="button" onClick={submit(false)} disabled={isSubmitting}>
            <FormattedMessage defaultMessage="Save draft" description="Request builder: button" />
          </button>
          <button type="button" className="primary" onClick={submit(true)} disabled={isSubmitting} aria-busy={isSubmitting}>
            <FormattedMessage defaultMessage="Export request for vendors" description="Request builder: button that signs, downloads and freezes the request" />
          </button>
        </div>
        {status && <p role="status">{status}</p>}
      </section>
    </form>
  );
}
