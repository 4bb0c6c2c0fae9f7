import '../procurement.css';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { problemResolver } from '../../common/problemResolver';
import { z } from 'zod';
import { Link, useLocation } from 'wouter';
import { requiredUserText, SubjectSchema, type Problem } from '../../../domain';
import { useServices } from '../../../app/services';
import { TextField } from '../../common/fields';
import { ProblemList } from '../../common/ProblemList';
import { useDates } from '../../common/dates';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { requestSignatureText } from '../dealBreakerWords';
import { PROCUREMENT_STAGE_MESSAGES } from '../codeMessages';
import { RequestCounts } from './RequestCounts';
import { openRequestFile, type OpenedRequest } from './openRequest';
import { VendorResponseList } from './VendorResponseList';
import { Deadline } from './Deadline';

const StartSchema = z.object({
  organisation: requiredUserText(200, 'your-organisation'),
  productName: SubjectSchema.shape.productName,
  respondent: SubjectSchema.shape.assessor,
});
type StartForm = z.input<typeof StartSchema>;
type StartValues = z.infer<typeof StartSchema>;

/**
 * `#/respond`: a vendor opens a buyer's request file, sees who asks what, and starts a
 * response bound to it. The request is checked before anything is stored.
 */
export default function OpenRequestPage() {
  const services = useServices();
  const intl = useIntl();
  const dates = useDates();
  const [, navigate] = useLocation();
  const id = useId();
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [opened, setOpened] = useState<OpenedRequest | null>(null);
  const form = useForm<StartForm, unknown, StartValues>({ resolver: problemResolver(StartSchema), defaultValues: { organisation: '', productName: '', respondent: '' } });

  async function receive(file: File | undefined) {
    setProblems(null);
    setOpened(null);
    if (!file) return;
    const result = await openRequestFile(intl, { size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
    if (result.ok) setOpened(result.opened);
    else setProblems(result.problems);
  }

  const start = form.handleSubmit(async (values) => {
    if (!opened) return;
    const repo = await services.vendorResponses();
    const row = await repo.start({
      id: services.newId(),
      at: services.now().toISOString(),
      request: opened.request,
      requestHash: opened.hash,
      requestSignature: opened.signature,
      ...values,
    });
    navigate(`/respond/${row.id}`);
  });

  const request = opened?.request;
  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to the home page" description="Procurement screens: link to the home page" />
        </Link>
      </p>
      <h1>
        <FormattedMessage defaultMessage="Answer a buyer’s request" description="Vendor: heading of the page that opens a buyer's request file" />
      </h1>
      <div className="field">
        <label htmlFor={`${id}-file`}>
          <FormattedMessage defaultMessage="Request file from the buyer (.hrba.json)" description="Vendor: file input for the buyer's request; keep .hrba.json" />
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void receive(e.target.files?.[0])} />
      </div>
      {problems && <ProblemList title={intl.formatMessage({ defaultMessage: 'This file cannot be opened as a request.', description: 'Vendor: above the problems found in a request file' })} problems={problems} />}
      {request && opened && (
        <section aria-labelledby={`${id}-request`}>
          <h2 id={`${id}-request`}>
            <bdi>{request.procurement.title}</bdi>
          </h2>
          <p>
            <FormattedMessage
              defaultMessage="From {buyer} ({stage})."
              description="Vendor: who sent the request and at which procurement stage"
              values={{ buyer: <bdi>{request.buyer.organisation}</bdi>, stage: intl.formatMessage(PROCUREMENT_STAGE_MESSAGES[request.procurement.stage]) }}
            />{' '}
            <Deadline date={request.deadline ? dates.date(request.deadline) : null} /> <RequestCounts request={request} />
          </p>
          <p className={opened.signature && !opened.signature.valid ? 'alert error' : 'alert'}>{requestSignatureText(intl, opened.signature)}</p>
          <form onSubmit={start} noValidate className="panel">
            <h3>
              <FormattedMessage defaultMessage="Start your response" description="Vendor: heading of the form that starts a response" />
            </h3>
            <TextField register={form.register} errors={form.formState.errors} name="organisation" label={intl.formatMessage({ defaultMessage: 'Your organisation (required)', description: 'Vendor: field label, the vendor organisation' })} autoComplete="organization" />
            <TextField register={form.register} errors={form.formState.errors} name="productName" label={intl.formatMessage({ defaultMessage: 'Your product’s name (required)', description: 'Vendor: field label' })} />
            <TextField register={form.register} errors={form.formState.errors} name="respondent" label={intl.formatMessage({ defaultMessage: 'Your name', description: 'Vendor: field label, the person answering' })}
              hint={intl.formatMessage({ defaultMessage: 'Recorded beside each answer and in the change trail.', description: 'Vendor: hint under Your name' })} />
            <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
              <FormattedMessage defaultMessage="Start the response" description="Vendor: button that starts a response to the request" />
            </button>
          </form>
        </section>
      )}
      <VendorResponseList />
    </>
  );
}
